//! What a screen reader reads where the eye reads a picture: a chart is an
//! image with a name and, as its description, the numbers it shows; a
//! notice is a live region, read out when it appears.

use egui::accesskit::{Live, Role};

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
