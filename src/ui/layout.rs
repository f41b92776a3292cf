//! Placing things in a width that is known beforehand: columns of a fixed
//! width, table cells that wrap between words, and text that steps down to
//! the small size rather than break inside a word. Every view that lays
//! out a table or columns uses these, so nothing pushes past the window's
//! edge.

use super::style::text_width;

/// Room kept free for a floating scroll bar at the right of a column.
pub const SCROLL_BAR_ROOM: f32 = 24.0;

/// Below this width a tab of results and inputs puts the inputs under
/// the results, in one scroll.
pub const TWO_COLUMNS_FROM: f32 = 1150.0;

/// Which side of a tab of results and inputs is being drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Results,
    Inputs,
}

/// A tab of results and inputs (Lasten, Kosten per scenario): side by side
/// from [`TWO_COLUMNS_FROM`] points wide, the results taking 55 %, each
/// side scrolling on its own and keeping the focused control in view,
/// clear of the floating scroll bar. `draw` draws one side. Returns
/// `false`, drawing nothing, when the tab is narrower: the caller then
/// lays both out in one column.
pub fn side_by_side_ui(
    ui: &mut egui::Ui,
    salt: &str,
    mut draw: impl FnMut(&mut egui::Ui, Side),
) -> bool {
    let width = ui.available_width();
    if width < TWO_COLUMNS_FROM {
        return false;
    }
    let gap = 16.0;
    let left = ((width - gap) * 0.55).floor();
    let right = width - gap - left;
    let height = ui.available_height();
    ui.horizontal_top(|ui| {
        for (side, width) in [(Side::Results, left), (Side::Inputs, right)] {
            if side == Side::Inputs {
                ui.add_space(gap);
            }
            column(ui, width, height, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt((salt, side == Side::Inputs))
                    .show(ui, |ui| {
                        follow_focus(ui, |ui| {
                            ui.set_max_width(ui.available_width() - SCROLL_BAR_ROOM);
                            draw(ui, side);
                        })
                    });
            });
        }
    });
    true
}

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

/// The largest text size, up to the body's, at which each of `texts` fits
/// in `width` on one line (pass the words of a text that may wrap): a
/// header wraps between words and shrinks rather than break a word
/// ("Uitvoerbaar|heid") or be cut.
pub fn size_fitting<'a>(
    ui: &egui::Ui,
    texts: impl IntoIterator<Item = &'a str>,
    width: f32,
    strong: bool,
) -> f32 {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let widest = texts
        .into_iter()
        .map(|word| {
            let rich = egui::RichText::new(word).font(body.clone());
            text_width(ui, if strong { rich.strong() } else { rich })
        })
        .fold(0.0, f32::max);
    // Two points to spare, as `words_fit` keeps them.
    let room = (width - 2.0).max(1.0);
    if widest <= room {
        body.size
    } else {
        (body.size * room / widest).floor().max(6.0)
    }
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
            // With the space after it: egui wraps a row at a space only
            // when the space fits too, else it breaks the word.
            let rich = egui::RichText::new(format!("{word} ")).text_style(style.clone());
            text_width(ui, if strong { rich.strong() } else { rich })
        })
        .all(|w| w <= width - 2.0)
}

/// The body size when every word of `texts` fits in `width`, else the
/// small size, else the largest that fits: a long word is never broken in
/// the middle.
pub fn style_fitting<'a>(
    ui: &mut egui::Ui,
    texts: impl IntoIterator<Item = &'a str>,
    width: f32,
    strong: bool,
) -> egui::TextStyle {
    let texts: Vec<&str> = texts.into_iter().collect();
    if words_fit(
        ui,
        texts.iter().copied(),
        width,
        &egui::TextStyle::Body,
        strong,
    ) {
        return egui::TextStyle::Body;
    }
    if words_fit(
        ui,
        texts.iter().copied(),
        width,
        &egui::TextStyle::Small,
        strong,
    ) {
        return egui::TextStyle::Small;
    }
    // Smaller still, as large as the widest word allows (never broken).
    let words: Vec<String> = texts
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(|w| format!("{w} "))
        .collect();
    let size = size_fitting(ui, words.iter().map(String::as_str), width, strong);
    let style = egui::TextStyle::Name(format!("passend_{size}").into());
    let family = egui::TextStyle::Body.resolve(ui.style()).family;
    ui.style_mut()
        .text_styles
        .insert(style.clone(), egui::FontId::new(size, family));
    style
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
        WORDS_BROKEN.with(|n| n.borrow_mut().push(galley.text().to_owned()));
    }
    let size = egui::vec2(width, galley.size().y);
    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Min), |ui| {
        ui.set_min_size(size);
        ui.add(egui::Label::new(galley))
    })
    .inner
}

thread_local! {
    static WORDS_BROKEN: std::cell::RefCell<Vec<String>> =
        const { std::cell::RefCell::new(Vec::new()) };
    static VIEWPORTS: std::cell::RefCell<Vec<(u64, egui::Rect)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A scroll area's content `ui` (inside its `show`): what of it is on
/// screen, for tests that look at the tree (AccessKit has every widget of
/// the content, also the ones scrolled out of sight).
pub fn note_viewport(ui: &egui::Ui) {
    VIEWPORTS.with(|v| {
        v.borrow_mut()
            .push((ui.unique_id().value(), ui.clip_rect()))
    });
}

/// The scroll areas' visible rectangles noted since the last call, by the
/// AccessKit node id of their content.
pub fn take_viewports() -> Vec<(u64, egui::Rect)> {
    VIEWPORTS.with(|v| std::mem::take(&mut *v.borrow_mut()))
}

/// Forgets what earlier frames noted (words broken, scroll areas): called
/// when a frame starts, so the tests see the last frame only.
pub fn frame_starts() {
    WORDS_BROKEN.with(|n| n.borrow_mut().clear());
    VIEWPORTS.with(|v| v.borrow_mut().clear());
}

/// The table cells laid out with a word broken inside in the last frame
/// (on this thread): the journey tests require none.
pub fn take_words_broken() -> Vec<String> {
    WORDS_BROKEN.with(|n| std::mem::take(&mut *n.borrow_mut()))
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

/// Runs `add` in a scroll area's contents, noting its viewport for the
/// tests ([`note_viewport`]) and bringing a control that just got the
/// keyboard focus into view ([`super::a11y::keep_focus_in_view`]).
pub fn follow_focus<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    note_viewport(ui);
    let inner = add(ui);
    super::a11y::keep_focus_in_view(ui);
    inner
}
