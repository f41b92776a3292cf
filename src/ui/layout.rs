//! Placing things in a width that is known beforehand: columns of a fixed
//! width, table cells that wrap between words, and text that steps down to
//! the small size rather than break inside a word. Every view that lays
//! out a table or columns uses these, so nothing pushes past the window's
//! edge.

use super::style::text_width;

/// A top-down area of exactly `width` (and up to `height`, more if its
/// content needs it) inside a horizontal row. Content wider than the column
/// is clipped at its edge rather than pushing the next column off the
/// right edge of the window.
pub fn column(ui: &mut egui::Ui, width: f32, height: f32, add: impl FnOnce(&mut egui::Ui)) {
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    let clip = ui.clip_rect();
    child
        .set_clip_rect(egui::Rect::from_x_y_ranges(rect.x_range(), clip.y_range()).intersect(clip));
    child.set_width(width);
    add(&mut child);
    let used = egui::Rect::from_min_size(rect.min, egui::vec2(width, child.min_rect().height()));
    ui.advance_cursor_after_rect(used);
}

/// A checkbox in a `horizontal_wrapped` row that goes to the next row
/// whole when it would not fit (egui would place it and let the clip cut
/// off its label).
pub fn wrapped_checkbox(ui: &mut egui::Ui, ticked: &mut bool, text: &str) -> egui::Response {
    let spacing = ui.spacing();
    let needed = spacing.icon_width
        + spacing.icon_spacing
        + spacing.item_spacing.x
        + super::style::text_width(ui, egui::RichText::new(text))
        + 4.0;
    let right = ui.max_rect().right().min(ui.clip_rect().right());
    if ui.cursor().left() + needed > right && ui.cursor().left() > ui.max_rect().left() + 1.0 {
        ui.end_row();
    }
    ui.checkbox(ticked, text)
}

/// A table cell exactly `width` wide; what is inside wraps at that width.
pub fn cell_ui<R>(
    ui: &mut egui::Ui,
    width: f32,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    ui.vertical(|ui| {
        ui.set_width(width);
        add(ui)
    })
}

/// Whether every word of `texts` fits in `width` in `style`.
pub fn words_fit<'a>(
    ui: &egui::Ui,
    texts: impl IntoIterator<Item = &'a str>,
    width: f32,
    style: &egui::TextStyle,
    strong: bool,
) -> bool {
    texts
        .into_iter()
        .flat_map(str::split_whitespace)
        .map(|word| {
            let rich = egui::RichText::new(word).text_style(style.clone());
            text_width(ui, if strong { rich.strong() } else { rich })
        })
        .all(|w| w <= width - 2.0)
}

/// The body size when every word of `texts` fits in `width`, else the
/// small size: a long word is never broken in the middle.
pub fn style_fitting<'a>(
    ui: &egui::Ui,
    texts: impl IntoIterator<Item = &'a str>,
    width: f32,
    strong: bool,
) -> egui::TextStyle {
    if words_fit(ui, texts, width, &egui::TextStyle::Body, strong) {
        egui::TextStyle::Body
    } else {
        egui::TextStyle::Small
    }
}

/// A wrapped label in a cell of `width`, in `style`: laid out at that
/// width before it is placed, so the cell (and a grid's row) is exactly as
/// high as the wrapped text.
pub fn text_cell_ui(
    ui: &mut egui::Ui,
    width: f32,
    text: egui::RichText,
    style: &egui::TextStyle,
) -> egui::Response {
    let galley = egui::WidgetText::from(text.text_style(style.clone())).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        width,
        style.clone(),
    );
    if breaks_inside_a_word(&galley) {
        WORDS_BROKEN.with(|n| n.set(n.get() + 1));
    }
    let size = egui::vec2(width, galley.size().y);
    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Min), |ui| {
        ui.set_min_size(size);
        ui.add(egui::Label::new(galley))
    })
    .inner
}

thread_local! {
    static WORDS_BROKEN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many table cells were laid out with a word broken inside since the
/// last call (on this thread): the journey tests require none.
pub fn take_words_broken() -> usize {
    WORDS_BROKEN.with(|n| n.replace(0))
}

/// Whether a row of `galley` ends inside a word: not at a space, a dash or
/// a line break of the text.
fn breaks_inside_a_word(galley: &egui::Galley) -> bool {
    let rows = &galley.rows;
    rows.iter().take(rows.len().saturating_sub(1)).any(|row| {
        !row.ends_with_newline
            && row
                .row
                .glyphs
                .last()
                .is_some_and(|g| !(g.chr.is_whitespace() || matches!(g.chr, '–' | '-' | '/')))
    })
}

/// `text` with a line break after the dashes of a word wider than `width`
/// in `style`: "Laag–midden" in a narrow cell becomes "Laag–" and
/// "midden" on two lines, never "Laag–midd" and "en".
pub fn break_at_dashes(ui: &egui::Ui, text: &str, width: f32, style: &egui::TextStyle) -> String {
    text.split(' ')
        .map(|word| {
            let wide = text_width(ui, egui::RichText::new(word).text_style(style.clone()));
            if wide <= width - 2.0 {
                word.to_owned()
            } else {
                word.replace('–', "–\n").replace('/', "/\n")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
