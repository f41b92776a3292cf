//! What a screen reader reads where the eye reads a picture or a layout: a
//! chart is an image with a name and, as its description, the numbers it
//! shows; a notice is a live region, read out when it appears; tabs, menus,
//! list options, radio groups, tables and dialogs carry the roles and states
//! their look implies. egui 0.37 draws these as buttons in containers (a tab
//! is a toggle button, a menu item a button, a dialog a frame); the helpers
//! here set the AccessKit role and properties through egui's own hooks
//! (`UiBuilder::accessibility_role`, `Context::accesskit_node_builder`), the
//! way an upstream helper would.

use egui::accesskit::{HasPopup, Live, Role};

/// Makes `response` (a chart's area) an image named `name` whose
/// description is `description`: the numbers the chart shows, in words.
pub fn chart(response: &egui::Response, name: &str, description: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(Role::Image, true, name));
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_description(description.to_owned())
    });
}

/// Announces `response`'s text when it appears or changes (politely: after
/// what the screen reader is saying).
pub fn live(response: &egui::Response) {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_live(Live::Polite));
}

/// Adds `description` to what a screen reader says of `response` (after
/// its name): what the eye gets from a tooltip, for example.
pub fn describe(response: &egui::Response, description: impl Into<String>) {
    let description = description.into();
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_description(description));
}

/// Names the window itself (egui leaves its root node unnamed; a screen
/// reader then announces an application without a title).
pub fn name_window(ctx: &egui::Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(title.to_owned())
    });
}

/// A row of tabs: a tab list named `name` whose children are [`tab`]s.
pub fn tab_list<R>(
    ui: &mut egui::Ui,
    name: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(Role::TabList)
            .accessibility_label(name),
        |ui| ui.horizontal_wrapped(add).inner,
    )
}

/// One tab of a [`tab_list`]: looks like a selectable label, reads as a
/// tab that is selected or not.
pub fn tab(ui: &mut egui::Ui, selected: bool, text: egui::RichText) -> egui::Response {
    let response = ui.selectable_label(selected, text);
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Tab);
        node.clear_toggled();
        node.set_selected(selected);
    });
    response
}

/// A menu button whose popup is a menu named after it; the button says
/// that it opens a menu and whether that menu is open.
pub fn menu_button<R>(
    ui: &mut egui::Ui,
    label: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    let shown = ui.menu_button(label, |ui| {
        name_enclosing(ui, egui::UiKind::Menu, label);
        add(ui)
    });
    let open = shown.inner.is_some();
    shown
        .response
        .ctx
        .accesskit_node_builder(shown.response.id, |node| {
            node.set_has_popup(HasPopup::Menu);
            node.set_expanded(open);
        });
    shown
}

/// Names the panel `ui` is drawn in (a region a screen reader can jump to).
pub fn name_enclosing_panel(ui: &egui::Ui, name: &str) {
    if let Some(id) = ui
        .stack()
        .iter()
        .find(|frame| frame.kind().is_some_and(|kind| kind.is_panel()))
        .map(|frame| frame.unique_id)
    {
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_label(name.to_owned()));
    }
}

/// Names the innermost container of `kind` around `ui` (a menu's popup).
fn name_enclosing(ui: &egui::Ui, kind: egui::UiKind, name: &str) {
    if let Some(id) = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(kind))
        .map(|frame| frame.unique_id)
    {
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_label(name.to_owned()));
    }
}

/// An item of a menu: a button that reads as a menu item and closes the
/// menu when chosen, with the pointer or the keyboard (egui 0.37 closes a
/// menu on a pointer click only: Enter left it open over what it opened).
pub fn menu_item(ui: &mut egui::Ui, button: egui::Button<'_>) -> egui::Response {
    let response = ui.add(button);
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_role(Role::MenuItem));
    if response.clicked() {
        ui.close();
    }
    response
}

/// An option of a drop-down list (a combo box): reads as a list option
/// that is selected or not, and closes the list when chosen, also with the
/// keyboard.
pub fn list_option(ui: &mut egui::Ui, selected: bool, label: &str) -> egui::Response {
    let response = ui.selectable_label(selected, label);
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(Role::ListBoxOption);
        node.clear_toggled();
        node.set_selected(selected);
    });
    if response.clicked() {
        ui.close();
    }
    response
}

/// A drop-down list says that it opens a list, and whether it is open.
pub fn list_opened<R>(shown: &egui::InnerResponse<Option<R>>) {
    let open = shown.inner.is_some();
    let response = &shown.response;
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_has_popup(HasPopup::Listbox);
        node.set_expanded(open);
    });
}

/// A group of radio buttons named `name` (the choice they answer).
pub fn radio_group<R>(
    ui: &mut egui::Ui,
    name: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(Role::RadioGroup)
            .accessibility_label(name),
        add,
    )
}

/// A region named `name` (a group of related controls or texts).
pub fn group<R>(
    ui: &mut egui::Ui,
    role: Role,
    name: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(role)
            .accessibility_label(name),
        add,
    )
}

/// A table for screen readers, laid out by an `egui::Grid` inside `add`:
/// the grid's cells are put in rows with [`TableRows`].
pub fn table<R>(
    ui: &mut egui::Ui,
    name: &str,
    (rows, columns): (usize, usize),
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    let shown = ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(Role::Table)
            .accessibility_label(name),
        add,
    );
    let id = shown.response.id;
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_row_count(rows);
        node.set_column_count(columns);
    });
    shown
}

/// The rows of a [`table`]: each row a node, each cell added with
/// [`TableRows::cell`] a node inside it (a header, a row header or a cell).
pub struct TableRows {
    row: Option<egui::Id>,
    row_index: usize,
    column_index: usize,
}

/// What a cell of a [`table`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    ColumnHeader,
    RowHeader,
    Cell,
}

impl TableRows {
    pub fn new() -> Self {
        Self {
            row: None,
            row_index: 0,
            column_index: 0,
        }
    }

    /// Starts the next row (call before its first cell).
    pub fn row(&mut self, ui: &mut egui::Ui) {
        if self.row.is_some() {
            self.row_index += 1;
        }
        self.column_index = 0;
        let row = ui.new_child(
            egui::UiBuilder::new()
                .accessibility_role(Role::Row)
                .max_rect(egui::Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO)),
        );
        let id = row.unique_id();
        let index = self.row_index;
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_row_index(index));
        self.row = Some(id);
    }

    /// One cell of the current row, drawn by `add` (one grid cell).
    pub fn cell<R>(
        &mut self,
        ui: &mut egui::Ui,
        kind: CellKind,
        add: impl FnOnce(&mut egui::Ui) -> R,
    ) -> egui::InnerResponse<R> {
        self.cell_with(ui, kind, egui::Sense::hover(), add)
    }

    /// [`Self::cell`] that senses `sense` (a cell with a remark takes the
    /// keyboard focus, so its remark can be read: [`hint`]).
    pub fn cell_with<R>(
        &mut self,
        ui: &mut egui::Ui,
        kind: CellKind,
        sense: egui::Sense,
        add: impl FnOnce(&mut egui::Ui) -> R,
    ) -> egui::InnerResponse<R> {
        let role = match kind {
            CellKind::ColumnHeader => Role::ColumnHeader,
            CellKind::RowHeader => Role::RowHeader,
            CellKind::Cell => Role::Cell,
        };
        let mut builder = egui::UiBuilder::new().accessibility_role(role).sense(sense);
        if let Some(row) = self.row {
            builder = builder.accessibility_parent(row);
        }
        let shown = ui.scope_builder(builder, add);
        let (row, column) = (self.row_index, self.column_index);
        let rect = shown.response.rect;
        ui.ctx().accesskit_node_builder(shown.response.id, |node| {
            node.set_row_index(row);
            node.set_column_index(column);
            node.set_bounds(egui::accesskit::Rect {
                x0: rect.min.x.into(),
                y0: rect.min.y.into(),
                x1: rect.max.x.into(),
                y1: rect.max.y.into(),
            });
        });
        self.column_index += 1;
        shown
    }
}

impl Default for TableRows {
    fn default() -> Self {
        Self::new()
    }
}

/// A tooltip the keyboard gets too: shown on hover as egui does, and while
/// `response` has the keyboard focus; its text is the description a screen
/// reader reads (egui 0.37 shows tooltips on hover only).
pub fn hint(response: egui::Response, text: impl Into<String>) -> egui::Response {
    let text = text.into();
    let tooltips = response
        .ctx
        .global_style()
        .interaction
        .tooltip_delay
        .is_finite();
    if tooltips && response.has_focus() && !response.hovered() {
        response.show_tooltip_text(text.clone());
    }
    describe(&response, text.clone());
    response.on_hover_text(text)
}

/// Brings the widget that just received the keyboard focus into view in the
/// scroll area whose contents `ui` is; call it last inside the area's
/// closure (egui 0.37 scrolls to a widget only when it is asked to, so Tab
/// went to controls below the fold and nothing moved).
pub fn keep_focus_in_view(ui: &egui::Ui) {
    let ctx = ui.ctx();
    let Some(focused) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let Some(response) = ctx.read_response(focused) else {
        return;
    };
    if response.layer_id != ui.layer_id() || !ui.min_rect().contains_rect(response.rect) {
        return;
    }
    // Once for each widget that gets the focus (and again when the program
    // gives it back, `focus_given`), and for a few passes after that when
    // the layout still moves it (a row appearing above it); never because
    // the user scrolled away.
    let key = egui::Id::unique("focus_kept_in_view").with(ui.scope_id());
    let epoch = focus_epoch(ctx);
    let place = response.rect.min - ui.min_rect().min;
    let kept = ctx.data(|d| d.get_temp::<(egui::Id, u64, egui::Vec2, u8)>(key));
    let settling = match kept {
        Some((id, e, at, passes)) if id == focused && e == epoch => {
            if passes == 0 || (at - place).length() < 1.0 {
                ctx.data_mut(|d| d.insert_temp(key, (id, e, place, passes.saturating_sub(1))));
                return;
            }
            passes - 1
        }
        _ => FOCUS_SETTLING_PASSES,
    };
    ctx.data_mut(|d| d.insert_temp(key, (focused, epoch, place, settling)));
    let clip = ui.clip_rect();
    let margin: f32 = 8.0;
    if !clip
        .shrink(margin.min(clip.height() / 4.0))
        .contains_rect(response.rect)
    {
        // What is taller than the area shows its top.
        let (target, align) = if response.rect.height() + 2.0 * margin > clip.height() {
            (response.rect, Some(egui::Align::Min))
        } else {
            (response.rect.expand(margin), None)
        };
        ui.scroll_to_rect_animation(target, align, egui::style::ScrollAnimation::none());
    }
}

/// For how many passes after the focus arrived a widget is kept in view
/// while the layout still moves it.
const FOCUS_SETTLING_PASSES: u8 = 8;

fn focus_epoch_id() -> egui::Id {
    egui::Id::unique("focus_epoch")
}

fn focus_epoch(ctx: &egui::Context) -> u64 {
    ctx.data(|d| d.get_temp::<u64>(focus_epoch_id()))
        .unwrap_or_default()
}

/// The program put the focus somewhere (back on an opener): every scroll
/// area brings it into view again, also when it had it in view before.
pub fn focus_given(ctx: &egui::Context, id: egui::Id) {
    ctx.memory_mut(|m| m.request_focus(id));
    layout_changed(ctx);
}

/// What the views show changed (a new view model): a focused control that
/// the change moved out of sight is brought into view again.
pub fn layout_changed(ctx: &egui::Context) {
    let epoch = focus_epoch(ctx) + 1;
    ctx.data_mut(|d| d.insert_temp(focus_epoch_id(), epoch));
}

/// [`list_option`] that sets `current` to `value` when chosen (as
/// `Ui::selectable_value`).
pub fn option_value<T: PartialEq>(
    ui: &mut egui::Ui,
    current: &mut T,
    value: T,
    label: impl Into<String>,
) -> egui::Response {
    let mut response = list_option(ui, *current == value, &label.into());
    if response.clicked() && *current != value {
        *current = value;
        response.mark_changed();
    }
    response
}

/// [`list_option`] with a label of any string type.
pub fn option_label(ui: &mut egui::Ui, selected: bool, label: impl Into<String>) -> egui::Response {
    list_option(ui, selected, &label.into())
}

/// A collapsing header says whether it is expanded (egui 0.37 makes it a
/// toggle button, "pressed" when open; that stays, as AT-SPI gets no
/// expanded state from AccessKit 0.25: `accesskit_atspi_common` 0.21 does
/// not map it, UI Automation and macOS do).
pub fn expandable<R>(shown: &egui::CollapsingResponse<R>) {
    let open = shown.openness > 0.5;
    let header = &shown.header_response;
    header
        .ctx
        .accesskit_node_builder(header.id, |node| node.set_expanded(open));
}
