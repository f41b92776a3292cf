//! Figures and the Word appendix, drawn off-screen: the views in figure
//! mode (`crate::ui`), rendered with egui-wgpu (a GPU, or Mesa's software
//! Vulkan), written as PNG or into the appendix. Used by the window and by
//! the command line alike, so both make the same picture.

pub mod appendix;
pub mod figure;
pub mod headless;
