//! WCAG 2.1 colour arithmetic: the relative luminance of a colour, the
//! contrast ratio of two, and a translucent colour over an opaque one.

use egui::Color32;

/// The relative luminance of an sRGB colour (WCAG 2.1), 0 (black) to 1.
pub fn relative_luminance(colour: Color32) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
}

/// The contrast ratio of two colours, 1 to 21.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `top` (premultiplied alpha, as egui keeps colours) drawn over the opaque
/// `base`: what the eye sees.
pub fn over(top: Color32, base: Color32) -> Color32 {
    let mix = |t: u8, b: u8| {
        let value = u16::from(t) + u16::from(b) * u16::from(255 - top.a()) / 255;
        value.min(255) as u8
    };
    Color32::from_rgb(
        mix(top.r(), base.r()),
        mix(top.g(), base.g()),
        mix(top.b(), base.b()),
    )
}
