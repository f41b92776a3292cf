//! WCAG 2.1 contrast: the relative luminance of a colour and the ratio of
//! two, and every pair of colours this program puts on top of or next to
//! each other, with the ratio each must reach (1.4.3: 4,5 : 1 for text, 3 : 1
//! for large text; 1.4.11: 3 : 1 for the parts of a chart that carry
//! meaning). A test checks them all, in the light and the dark theme.

use egui::Color32;

use super::style::{PALETTE, ROLE_PALETTE, favourability_colour, outline_for, text_on, visuals};
pub use super::wcag::{contrast_ratio, over, relative_luminance};

/// Text of normal size on its background.
pub const TEXT: f32 = 4.5;
/// A graphical part against what is next to it, or large text.
pub const GRAPHIC: f32 = 3.0;

/// Two colours that must stand apart, and by how much.
#[derive(Debug, Clone)]
pub struct ColourPair {
    /// "tekst op paneel", for the message.
    pub what: String,
    pub front: Color32,
    pub back: Color32,
    pub minimum: f32,
}

impl ColourPair {
    fn new(what: impl Into<String>, front: Color32, back: Color32, minimum: f32) -> Self {
        Self {
            what: what.into(),
            front,
            back,
            minimum,
        }
    }

    pub fn ratio(&self) -> f32 {
        contrast_ratio(self.front, self.back)
    }
}

/// The pairs below their minimum, worded: "zwakke tekst op paneel: 2,9 : 1
/// (minstens 4,5)".
pub fn failures(pairs: &[ColourPair]) -> Vec<String> {
    pairs
        .iter()
        .filter(|p| p.ratio() < p.minimum)
        .map(|p| {
            format!(
                "{} ({:?} op {:?}): {:.2} : 1, minstens {}",
                p.what,
                p.front,
                p.back,
                p.ratio(),
                p.minimum
            )
        })
        .collect()
}

/// Every pair of the theme (`dark` or light): the texts of the style on
/// each background, text on every fill of the palettes and of the cost
/// profile's levels, and each fill's outline against the fill (the outline
/// sets a bar segment or cell apart from its neighbours and the
/// background).
pub fn theme_pairs(dark: bool) -> Vec<ColourPair> {
    let v = visuals(dark);
    // Translucent fills (the striped rows) as they look on the panel.
    let backgrounds = [
        ("paneel", over(v.panel_fill, Color32::BLACK)),
        ("venster", over(v.window_fill, Color32::BLACK)),
        ("lichte rij", over(v.faint_bg_color, v.panel_fill)),
        ("invoerveld", over(v.text_edit_bg_color(), v.panel_fill)),
    ];
    let mut pairs = text_pairs(&v, &backgrounds);
    // The focus ring against the backgrounds it is drawn on.
    for (back_name, back) in backgrounds {
        pairs.push(ColourPair::new(
            format!("focusrand op {back_name}"),
            super::style::focus_colour(dark),
            back,
            GRAPHIC,
        ));
    }
    for (name, fill) in fills(&v, dark) {
        pairs.extend(fill_pairs(&name, fill, v.panel_fill));
    }
    pairs
}

/// The style's texts on each background; buttons', tabs' and the selected
/// tab's text on their fill.
fn text_pairs(v: &egui::Visuals, backgrounds: &[(&str, Color32)]) -> Vec<ColourPair> {
    let texts = [
        ("tekst", v.text_color()),
        ("sterke tekst", v.strong_text_color()),
        ("zwakke tekst", v.weak_text_color()),
        ("link", v.hyperlink_color),
        ("waarschuwing", v.warn_fg_color),
        ("fout", v.error_fg_color),
    ];
    let mut pairs = Vec::new();
    for (back_name, back) in backgrounds {
        for (front_name, front) in texts {
            pairs.push(ColourPair::new(
                format!("{front_name} op {back_name}"),
                front,
                *back,
                TEXT,
            ));
        }
    }
    for (state, widget) in [
        ("knop", &v.widgets.inactive),
        ("knop onder de muis", &v.widgets.hovered),
        ("knop ingedrukt", &v.widgets.active),
        ("open menu", &v.widgets.open),
    ] {
        pairs.push(ColourPair::new(
            format!("tekst op {state}"),
            widget.fg_stroke.color,
            over(widget.weak_bg_fill, v.panel_fill),
            TEXT,
        ));
    }
    pairs.push(ColourPair::new(
        "tekst op gekozen tab",
        v.strong_text_color(),
        over(v.selection.bg_fill, v.panel_fill),
        TEXT,
    ));
    pairs
}

/// Every fill the program paints: the palettes, their lighter shades (a
/// category staffed by tasks, the first-place band of the robustness view,
/// as they look on the panel) and the cost profile's levels.
fn fills(v: &egui::Visuals, dark: bool) -> Vec<(String, Color32)> {
    let mut fills: Vec<(String, Color32)> = Vec::new();
    fills.extend(
        PALETTE
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("kleur {}", i + 1), *c)),
    );
    fills.extend(
        ROLE_PALETTE
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("rolkleur {}", i + 1), *c)),
    );
    for (i, c) in PALETTE.iter().enumerate() {
        fills.push((
            format!("kleur {} (uit taken)", i + 1),
            over(c.gamma_multiply(0.6), v.panel_fill),
        ));
        fills.push((
            format!("kleur {} (band)", i + 1),
            over(c.gamma_multiply(0.45), v.panel_fill),
        ));
    }
    for step in 0..=10 {
        let t = step as f32 / 10.0;
        fills.push((
            format!("kostenniveau {t:.1}"),
            favourability_colour(t, dark),
        ));
    }
    fills
}

/// Text on a fill, its outline against it, and the fill (or else its
/// outline) against the panel.
fn fill_pairs(name: &str, fill: Color32, panel: Color32) -> [ColourPair; 3] {
    let against_back = if contrast_ratio(fill, panel) >= GRAPHIC {
        fill
    } else {
        outline_for(fill)
    };
    [
        ColourPair::new(format!("tekst op {name}"), text_on(fill), fill, TEXT),
        ColourPair::new(format!("rand van {name}"), outline_for(fill), fill, GRAPHIC),
        ColourPair::new(
            format!("{name} (of zijn rand) op paneel"),
            against_back,
            panel,
            GRAPHIC,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wcag_ratios_of_known_pairs() {
        // Black on white is 21 : 1; white on Okabe-Ito vermillion 3,9 : 1
        // (the measurement).
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        let vermillion = Color32::from_rgb(213, 94, 0);
        assert!((contrast_ratio(Color32::WHITE, vermillion) - 3.9).abs() < 0.1);
    }

    #[test]
    fn every_pair_of_both_themes_reaches_its_minimum() {
        for dark in [false, true] {
            let failed = failures(&theme_pairs(dark));
            assert!(failed.is_empty(), "dark {dark}:\n{}", failed.join("\n"));
        }
    }

    #[test]
    fn a_planted_low_contrast_pair_fails() {
        let mut pairs = theme_pairs(false);
        pairs.push(ColourPair::new(
            "grijs op wit (geplant)",
            Color32::from_gray(150),
            Color32::WHITE,
            TEXT,
        ));
        let failed = failures(&pairs);
        assert_eq!(failed.len(), 1, "{failed:?}");
        assert!(failed[0].starts_with("grijs op wit (geplant)"));
    }
}
