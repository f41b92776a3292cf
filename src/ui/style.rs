//! Look and feel: text large enough for a projector, a colour-blind-safe
//! palette (Okabe & Ito), light and dark theme.

use egui::{Color32, FontId, TextStyle};

use crate::present::staffing_model::Swatch;

/// Okabe-Ito colours, distinguishable with the common colour-vision
/// deficiencies; categories and criteria take them in data order.
pub const PALETTE: [Color32; 8] = [
    Color32::from_rgb(0, 114, 178),   // blue
    Color32::from_rgb(230, 159, 0),   // orange
    Color32::from_rgb(0, 158, 115),   // bluish green
    Color32::from_rgb(204, 121, 167), // reddish purple
    Color32::from_rgb(86, 180, 233),  // sky blue
    Color32::from_rgb(213, 94, 0),    // vermillion
    Color32::from_rgb(240, 228, 66),  // yellow
    Color32::from_rgb(120, 120, 120), // grey
];

pub fn series_colour(index: usize) -> Color32 {
    PALETTE[index % PALETTE.len()]
}

/// Colours for the roles of a set: the Okabe-Ito colours the categories do
/// not use first, then dark shades that stay apart from them.
pub const ROLE_PALETTE: [Color32; 6] = [
    Color32::from_rgb(213, 94, 0),    // vermillion
    Color32::from_rgb(240, 228, 66),  // yellow
    Color32::from_rgb(90, 90, 90),    // dark grey
    Color32::from_rgb(0, 60, 100),    // dark blue
    Color32::from_rgb(150, 150, 150), // light grey
    Color32::from_rgb(120, 60, 100),  // dark purple
];

pub fn role_colour(index: usize) -> Color32 {
    ROLE_PALETTE[index % ROLE_PALETTE.len()]
}

/// The colour of a series of the staffing chart.
pub fn swatch_colour(swatch: Swatch) -> Color32 {
    match swatch {
        Swatch::Category(c) => series_colour(c),
        Swatch::CategoryFromTasks(c) => series_colour(c).gamma_multiply(0.6),
        Swatch::Role(r) => role_colour(r),
    }
}

/// Colour of a cost-profile cell from how favourable it is, 0 (worst) to 1
/// (best): vermillion – neutral – blue, a diverging scale that stays
/// readable for red-green colour blindness.
pub fn favourability_colour(favourable: f32, dark: bool) -> Color32 {
    let bad = Color32::from_rgb(213, 94, 0);
    let good = Color32::from_rgb(0, 114, 178);
    let neutral = if dark {
        Color32::from_gray(70)
    } else {
        Color32::from_gray(235)
    };
    let t = favourable.clamp(0.0, 1.0);
    if t < 0.5 {
        lerp(bad, neutral, t * 2.0)
    } else {
        lerp(neutral, good, (t - 0.5) * 2.0)
    }
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// Black or white, whichever contrasts more with `background` (WCAG
/// ratio): at least 4,5 : 1 on every colour of the palettes (tested in
/// `contrast.rs`).
pub fn text_on(background: Color32) -> Color32 {
    use super::wcag::contrast_ratio;
    if contrast_ratio(Color32::BLACK, background) >= contrast_ratio(Color32::WHITE, background) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// The outline of a bar segment or cell of colour `fill`: black or white,
/// whichever stands out more. It sets the fill apart from its neighbours and
/// from the background by at least 3 : 1 (WCAG 1.4.11), also in greyscale.
pub fn outline_for(fill: Color32) -> Color32 {
    text_on(fill)
}

/// Draws the outline of a filled piece (inside its edge, 1,5 points).
pub fn outline(painter: &egui::Painter, rect: egui::Rect, fill: Color32) {
    painter.rect_stroke(
        rect,
        0.0,
        egui::Stroke::new(1.5, outline_for(fill)),
        egui::StrokeKind::Inside,
    );
}

/// The colour of the focus ring: a dark blue on the light theme, a light
/// yellow on the dark one, at least 3 : 1 against every background.
pub fn focus_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(255, 221, 87)
    } else {
        Color32::from_rgb(0, 70, 160)
    }
}

/// The edge of a control at rest (a text field, an unticked box or radio
/// button, a slider's rail, a button): at least 3 : 1 against the panel and
/// a field's own background (WCAG 1.4.11; egui's themes have none on a text
/// field, 1,06 : 1, and a rail of 1,18 : 1). Measured from rendered pixels
/// by `tests/gui_tests/toegankelijkheid/pixels.rs`.
pub fn control_edge(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(135)
    } else {
        Color32::from_gray(118)
    }
}

/// egui's themes with the colours that did not reach WCAG AA changed:
/// weak text (hints, subtitles), links, warnings and errors, each at least
/// 4,5 : 1 on every background of the theme (`contrast.rs` tests it).
pub fn visuals(dark: bool) -> egui::Visuals {
    let mut v = if dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    if dark {
        v.weak_text_color = Some(Color32::from_gray(170));
        v.hyperlink_color = Color32::from_rgb(120, 185, 255);
        v.warn_fg_color = Color32::from_rgb(255, 170, 60);
        v.error_fg_color = Color32::from_rgb(255, 120, 120);
    } else {
        v.weak_text_color = Some(Color32::from_gray(92));
        v.hyperlink_color = Color32::from_rgb(0, 80, 160);
        v.warn_fg_color = Color32::from_rgb(150, 75, 0);
        v.error_fg_color = Color32::from_rgb(180, 0, 0);
    }
    // Controls at rest get a visible edge (hovered and active ones have
    // their own, darker or lighter, in egui's themes).
    v.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, control_edge(dark));
    v
}

/// Text sizes and both themes' colours.
pub fn apply_style(ctx: &egui::Context, scale: f32) {
    ctx.set_visuals_of(egui::Theme::Light, visuals(false));
    ctx.set_visuals_of(egui::Theme::Dark, visuals(true));
    apply_text_sizes(ctx, scale);
}

/// Text sizes for a meeting room: body 16 pt, headings 21 pt; `scale` > 1 in
/// presentation mode.
pub fn apply_text_sizes(ctx: &egui::Context, scale: f32) {
    ctx.all_styles_mut(|style| {
        use egui::FontFamily::{Monospace, Proportional};
        style.text_styles = [
            (TextStyle::Heading, FontId::new(21.0 * scale, Proportional)),
            (TextStyle::Body, FontId::new(16.0 * scale, Proportional)),
            (TextStyle::Button, FontId::new(16.0 * scale, Proportional)),
            // In presentation mode nothing is smaller than the body.
            (
                TextStyle::Small,
                FontId::new(if scale >= 2.0 { 16.0 } else { 13.0 } * scale, Proportional),
            ),
            (TextStyle::Monospace, FontId::new(15.0 * scale, Monospace)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.slider_width = 150.0;
        style.spacing.interact_size.y = 24.0;
    });
}

/// One piece of a stacked horizontal bar.
pub struct BarSegment<'a> {
    /// Share of the bar's full width (0..1).
    pub fraction: f32,
    /// Drawn inside the segment when it fits ("Toezicht 20 %")…
    pub label: String,
    /// …else this, when it fits ("2").
    pub short_label: String,
    /// Shown when the pointer rests on the segment; none when empty (on a
    /// slide, where a tooltip would cover what the room reads).
    pub hover: &'a str,
}

/// A stacked horizontal bar of `size` on a faint background; segment `i`
/// has series colour `i`, its label when it fits and its own hover text.
/// For screen readers an image named `name`, described by `description`.
pub fn stacked_bar_ui(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    size: egui::Vec2,
    segments: &[BarSegment<'_>],
    font_size: f32,
    (name, description): (&str, &str),
) {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    super::a11y::chart(&response, name, description);
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
    let id = ui.scope_id().with(id_salt);
    let mut left = rect.left();
    for (i, segment) in segments.iter().enumerate() {
        let width = segment.fraction * size.x;
        if width <= 0.0 || !width.is_finite() {
            continue;
        }
        let piece =
            egui::Rect::from_min_size(egui::pos2(left, rect.top()), egui::vec2(width, size.y));
        let colour = series_colour(i);
        let piece_drawn = piece.shrink2(egui::vec2(0.5, 0.0));
        painter.rect_filled(piece_drawn, 0.0, colour);
        outline(&painter, piece_drawn, colour);
        // The name at full size, else at four fifths, else the number the
        // legend keys.
        let fits = |text: &str, size: f32| {
            !text.is_empty()
                && painter
                    .layout_no_wrap(text.to_owned(), FontId::proportional(size), Color32::BLACK)
                    .size()
                    .x
                    <= width - 6.0
        };
        let label = [
            (&segment.label, font_size),
            (&segment.label, font_size * 0.8),
            (&segment.short_label, font_size),
        ]
        .into_iter()
        .find(|(text, size)| fits(text, *size));
        if let Some((label, size)) = label {
            painter.text(
                piece.center(),
                egui::Align2::CENTER_CENTER,
                label,
                FontId::proportional(size),
                text_on(colour),
            );
        }
        if !segment.hover.is_empty() {
            ui.interact(piece, id.with(i), egui::Sense::hover())
                .on_hover_text(segment.hover);
        }
        left += width;
    }
}

/// A filled square swatch with its outline, for [`legend_item_ui`].
pub fn square_swatch(colour: Color32) -> impl FnOnce(&egui::Painter, egui::Rect) {
    move |painter, rect| {
        painter.rect_filled(rect, 2.0, colour);
        outline(painter, rect, colour);
    }
}

/// One legend entry in a `horizontal_wrapped` row: a swatch and a small
/// label that move to the next row together, so a colour never ends one
/// row while its name starts the next. A label wider than a whole row
/// wraps within itself.
pub fn legend_item_ui(
    ui: &mut egui::Ui,
    text: &str,
    swatch_size: f32,
    paint_swatch: impl FnOnce(&egui::Painter, egui::Rect),
) {
    let rich = egui::RichText::new(text).small();
    let needed = swatch_size + ui.spacing().item_spacing.x + text_width(ui, rich.clone());
    let row_width = ui.max_rect().width();
    let left_in_row = ui.available_size_before_wrap().x;
    let row_has_items = left_in_row < row_width - 1.0;
    if needed > left_in_row && row_has_items {
        ui.end_row();
    }
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(swatch_size, swatch_size), egui::Sense::hover());
    paint_swatch(ui.painter(), rect);
    let wrap = if needed > row_width {
        egui::TextWrapMode::Wrap
    } else {
        egui::TextWrapMode::Extend
    };
    ui.add(egui::Label::new(rich).wrap_mode(wrap));
}

/// The width `text` takes on one line, in this `ui`'s style.
pub fn text_width(ui: &egui::Ui, text: egui::RichText) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            TextStyle::Body,
        )
        .size()
        .x
}
