//! Off-screen rendering of an egui UI to an RGBA image with wgpu: no window,
//! no display. Works with a real GPU, with Mesa's lavapipe (Vulkan on the
//! CPU) and with llvmpipe through GL; fails with a Dutch `Err`, never a
//! panic, when there is no adapter. Used by the `figuur` command and by the
//! app's "Afbeelding opslaan" (on a thread, with a device of its own, so the
//! window's renderer is never touched).

use std::sync::{Arc, mpsc};
use std::time::Duration;

use egui_wgpu::wgpu;

/// How long to wait for the GPU (software rasterisers are slow).
const GPU_WAIT: Duration = Duration::from_secs(30);
/// egui frames: at least this many (layout caches, grids, plot bounds) …
const MIN_FRAMES: usize = 3;
/// … and at most this many when something keeps asking for repaints.
const MAX_FRAMES: usize = 10;
/// Gamma-space target, as egui-wgpu without a surface: the bytes are what a
/// screen would show, ready for PNG.
const TARGET_FORMAT: wgpu::TextureFormat = wgpu::TextureFormat::Rgba8Unorm;

/// A GPU device of our own.
pub struct HeadlessGpu {
    device: wgpu::Device,
    queue: wgpu::Queue,
    /// Kept between figures: creating it compiles egui's shaders, which on
    /// a software rasteriser costs as much as drawing a figure.
    renderer: std::sync::Mutex<Option<egui_wgpu::Renderer>>,
    /// "llvmpipe (LLVM 15.0.6, 256 bits) (Vulkan)", for messages.
    pub adapter: String,
}

impl HeadlessGpu {
    /// Vulkan/Metal/DX12 first, then GL (`WGPU_BACKEND` overrides). A CPU
    /// adapter (lavapipe, llvmpipe, WARP) is taken when it is the only one.
    pub fn new() -> Result<Self, String> {
        if wgpu::Instance::enabled_backend_features().is_empty() {
            return Err("dit programma is gebouwd zonder grafische onderdelen".to_owned());
        }
        // One backend at a time, the native ones first: asking several at
        // once makes Mesa's GL probe a Wayland display and print English
        // errors when there is none.
        let enabled = wgpu::Instance::enabled_backend_features();
        let backend_sets: Vec<wgpu::Backends> = match wgpu::Backends::from_env() {
            Some(from_env) => vec![from_env],
            None => [
                wgpu::Backends::VULKAN,
                wgpu::Backends::METAL,
                wgpu::Backends::DX12,
                wgpu::Backends::GL,
            ]
            .into_iter()
            .filter(|b| enabled.contains(*b))
            .collect(),
        };
        let mut tried: Vec<String> = Vec::new();
        for backends in backend_sets {
            let instance = wgpu::Instance::new(wgpu::InstanceDescriptor {
                backends,
                flags: wgpu::InstanceFlags::empty().with_env(),
                memory_budget_thresholds: wgpu::MemoryBudgetThresholds::default(),
                backend_options: wgpu::BackendOptions::from_env_or_default(),
                display: None,
            });
            let options = wgpu::RequestAdapterOptions {
                power_preference: wgpu::PowerPreference::from_env()
                    .unwrap_or(wgpu::PowerPreference::HighPerformance),
                force_fallback_adapter: false,
                compatible_surface: None,
                apply_limit_buckets: false,
            };
            let adapter = match pollster::block_on(instance.request_adapter(&options)) {
                Ok(adapter) => adapter,
                Err(e) => {
                    tried.push(format!("{backends:?}: {e}"));
                    continue;
                }
            };
            let info = adapter.get_info();
            let descriptor = wgpu::DeviceDescriptor {
                label: Some("nmd-scenarios figuur"),
                required_features: wgpu::Features::empty(),
                required_limits: wgpu::Limits::downlevel_webgl2_defaults()
                    .using_resolution(adapter.limits()),
                ..Default::default()
            };
            match pollster::block_on(adapter.request_device(&descriptor)) {
                Ok((device, queue)) => {
                    // The default handler panics; errors while rendering are
                    // caught by error scopes, this only reports the rest.
                    let handler: Arc<dyn wgpu::UncapturedErrorHandler> =
                        Arc::new(|error: wgpu::Error| eprintln!("GPU-fout: {error}"));
                    device.on_uncaptured_error(handler);
                    return Ok(Self {
                        device,
                        queue,
                        renderer: std::sync::Mutex::new(None),
                        adapter: format!("{} ({:?})", info.name, info.backend),
                    });
                }
                Err(e) => tried.push(format!("{} ({:?}): {e}", info.name, info.backend)),
            }
        }
        Err(format!(
            "er is geen grafische kaart of software-renderer gevonden om de afbeelding te tekenen. Zonder grafische kaart werkt Mesa's software-Vulkan (Debian en Ubuntu: 'apt install mesa-vulkan-drivers'). Geprobeerd: {}",
            if tried.is_empty() {
                "niets".to_owned()
            } else {
                tried.join("; ")
            }
        ))
    }

    /// The largest width or height of an image this device can render.
    pub fn max_side(&self) -> u32 {
        self.device.limits().max_texture_dimension_2d
    }

    /// Renders `add_contents` (filling a central panel) into an image of
    /// `size_px`, at `pixels_per_point`. `setup` may set fonts and text
    /// sizes on the fresh egui context.
    pub fn render(
        &self,
        size_px: [u32; 2],
        pixels_per_point: f32,
        setup: impl FnOnce(&egui::Context),
        add_contents: impl FnMut(&mut egui::Ui),
    ) -> Result<image::RgbaImage, String> {
        let [width, height] = size_px;
        let max_side = self.max_side();
        if width == 0 || height == 0 || width > max_side || height > max_side {
            return Err(format!(
                "een afbeelding van {width}×{height} pixels kan hier niet (hoogstens {max_side} per zijde)"
            ));
        }
        let device = &self.device;
        let oom = device.push_error_scope(wgpu::ErrorFilter::OutOfMemory);
        let validation = device.push_error_scope(wgpu::ErrorFilter::Validation);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.render_inner(size_px, pixels_per_point, setup, add_contents)
        }))
        .unwrap_or_else(|_| Err("het tekenen is onverwacht mislukt".to_owned()));
        let validation = pollster::block_on(validation.pop());
        let oom = pollster::block_on(oom.pop());
        if let Some(error) = validation.or(oom) {
            return Err(format!("fout bij het tekenen: {error}"));
        }
        result
    }

    /// Lays `add_contents` out, paints it into a texture of the target's
    /// size and reads the pixels back.
    fn render_inner(
        &self,
        [width, height]: [u32; 2],
        pixels_per_point: f32,
        setup: impl FnOnce(&egui::Context),
        add_contents: impl FnMut(&mut egui::Ui),
    ) -> Result<image::RgbaImage, String> {
        let (device, queue) = (&self.device, &self.queue);
        let ctx = egui::Context::default();
        prepare(&ctx);
        setup(&ctx);
        let mut kept = self
            .renderer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let renderer = kept.get_or_insert_with(|| {
            egui_wgpu::Renderer::new(
                device,
                TARGET_FORMAT,
                egui_wgpu::RendererOptions::PREDICTABLE,
            )
        });
        let size_pt = egui::vec2(
            width as f32 / pixels_per_point,
            height as f32 / pixels_per_point,
        );
        // This context's textures, freed at the end: the next figure has a
        // context of its own.
        let mut used_textures = std::collections::BTreeSet::new();
        let output = run_frames(
            &ctx,
            size_pt,
            pixels_per_point,
            self.max_side(),
            add_contents,
            |delta| apply_textures(renderer, device, queue, delta, &mut used_textures),
        );
        let ppp = output.pixels_per_point;
        let paint_jobs = ctx.tessellate(output.shapes, ppp);
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point: ppp,
        };
        let pixels = self.draw(renderer, &paint_jobs, &screen, clear_colour(&ctx))?;
        for id in &used_textures {
            renderer.free_texture(id);
        }
        image::RgbaImage::from_raw(width, height, pixels)
            .ok_or_else(|| "onverwachte afmeting van de uitgelezen afbeelding".to_owned())
    }

    /// Paints `paint_jobs` into a texture of `screen`'s size, cleared to
    /// `clear`, and reads its pixels back (RGBA, row by row).
    fn draw(
        &self,
        renderer: &mut egui_wgpu::Renderer,
        paint_jobs: &[egui::ClippedPrimitive],
        screen: &egui_wgpu::ScreenDescriptor,
        clear: wgpu::Color,
    ) -> Result<Vec<u8>, String> {
        let (device, queue) = (&self.device, &self.queue);
        let [width, height] = screen.size_in_pixels;
        let extent = wgpu::Extent3d {
            width,
            height,
            depth_or_array_layers: 1,
        };
        let texture = target_texture(device, extent);
        let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("figuur"),
        });
        let user_commands =
            renderer.update_buffers(device, queue, &mut encoder, paint_jobs, screen);
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        paint(renderer, &mut encoder, &view, paint_jobs, screen, clear);
        let readback = Readback::new(device, width, height);
        readback.copy_from(&mut encoder, &texture, extent);
        let submission = queue.submit(
            user_commands
                .into_iter()
                .chain(std::iter::once(encoder.finish())),
        );
        readback.pixels(device, submission)
    }
}

/// The panel colour of `ctx`'s style, which the render pass clears to.
fn clear_colour(ctx: &egui::Context) -> wgpu::Color {
    let fill = ctx.global_style().visuals.panel_fill;
    wgpu::Color {
        r: f64::from(fill.r()) / 255.0,
        g: f64::from(fill.g()) / 255.0,
        b: f64::from(fill.b()) / 255.0,
        a: 1.0,
    }
}

/// The texture a figure is painted into and copied out of.
fn target_texture(device: &wgpu::Device, extent: wgpu::Extent3d) -> wgpu::Texture {
    device.create_texture(&wgpu::TextureDescriptor {
        label: Some("figuur"),
        size: extent,
        mip_level_count: 1,
        sample_count: 1,
        dimension: wgpu::TextureDimension::D2,
        format: TARGET_FORMAT,
        usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
        view_formats: &[],
    })
}

/// One render pass: clear `view` to `clear`, then draw the paint jobs.
fn paint(
    renderer: &egui_wgpu::Renderer,
    encoder: &mut wgpu::CommandEncoder,
    view: &wgpu::TextureView,
    paint_jobs: &[egui::ClippedPrimitive],
    screen: &egui_wgpu::ScreenDescriptor,
    clear: wgpu::Color,
) {
    let mut pass = encoder
        .begin_render_pass(&wgpu::RenderPassDescriptor {
            label: Some("figuur"),
            color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                view,
                depth_slice: None,
                resolve_target: None,
                ops: wgpu::Operations {
                    load: wgpu::LoadOp::Clear(clear),
                    store: wgpu::StoreOp::Store,
                },
            })],
            ..Default::default()
        })
        .forget_lifetime();
    renderer.render(&mut pass, paint_jobs, screen);
}

/// A buffer the painted texture is copied into, its rows padded to the
/// alignment a copy needs, and read back without the padding.
struct Readback {
    buffer: wgpu::Buffer,
    /// Bytes of one row of pixels.
    unpadded_row: u32,
    /// Bytes of one row in the buffer.
    padded_row: u32,
    height: u32,
}

impl Readback {
    fn new(device: &wgpu::Device, width: u32, height: u32) -> Self {
        let unpadded_row = width * 4;
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT;
        let padded_row = unpadded_row.div_ceil(align) * align;
        let buffer = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("figuur uitlezen"),
            size: u64::from(padded_row) * u64::from(height),
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        Self {
            buffer,
            unpadded_row,
            padded_row,
            height,
        }
    }

    /// Adds the copy of `texture` into the buffer to `encoder`.
    fn copy_from(
        &self,
        encoder: &mut wgpu::CommandEncoder,
        texture: &wgpu::Texture,
        extent: wgpu::Extent3d,
    ) {
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &self.buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(self.padded_row),
                    rows_per_image: None,
                },
            },
            extent,
        );
    }

    /// Waits for `submission` and the buffer's mapping (at most
    /// [`GPU_WAIT`] each) and returns the RGBA bytes, row by row.
    fn pixels(
        &self,
        device: &wgpu::Device,
        submission: wgpu::SubmissionIndex,
    ) -> Result<Vec<u8>, String> {
        let (sender, receiver) = mpsc::channel();
        self.buffer
            .slice(..)
            .map_async(wgpu::MapMode::Read, move |result| {
                let _ = sender.send(result);
            });
        device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(submission),
                timeout: Some(GPU_WAIT),
            })
            .map_err(|e| format!("wachten op de grafische kaart mislukt: {e}"))?;
        match receiver.recv_timeout(GPU_WAIT) {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(format!("de afbeelding uitlezen mislukt: {e}")),
            Err(_) => return Err("de grafische kaart antwoordde niet".to_owned()),
        }
        let mut pixels = Vec::with_capacity(self.unpadded_row as usize * self.height as usize);
        {
            let mapped = self
                .buffer
                .slice(..)
                .get_mapped_range()
                .map_err(|e| format!("de afbeelding uitlezen mislukt: {e}"))?;
            for row in mapped.chunks_exact(self.padded_row as usize) {
                pixels.extend_from_slice(&row[..self.unpadded_row as usize]);
            }
        }
        self.buffer.unmap();
        Ok(pixels)
    }
}

/// No animations and no blinking: a figure is one still frame.
fn prepare(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|style| {
        style.animation_time = 0.0;
        style.visuals.text_cursor.blink = false;
        style.scroll_animation = egui::style::ScrollAnimation::none();
    });
}

/// Runs egui frames until the layout settles; hands every frame's texture
/// changes to `textures` (they must be applied in order) and returns the
/// last frame's output.
fn run_frames(
    ctx: &egui::Context,
    size_pt: egui::Vec2,
    pixels_per_point: f32,
    max_side: u32,
    mut add_contents: impl FnMut(&mut egui::Ui),
    mut textures: impl FnMut(&mut egui::TexturesDelta),
) -> egui::FullOutput {
    let input = || {
        let mut input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size_pt)),
            max_texture_side: Some(max_side as usize),
            ..Default::default()
        };
        input
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(pixels_per_point);
        input
    };
    let mut frame = 0;
    loop {
        let mut output = ctx.run_ui(input(), |ui| {
            // The render pass clears to the panel colour; a panel fill would
            // shade every pixel a second time (slow on a CPU rasteriser).
            let frame = egui::Frame::central_panel(ui.style()).fill(egui::Color32::TRANSPARENT);
            egui::CentralPanel::default()
                .frame(frame)
                .show(ui, |ui| add_contents(ui));
        });
        textures(&mut output.textures_delta);
        frame += 1;
        let settled = output
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .is_none_or(|viewport| viewport.repaint_delay != Duration::ZERO);
        if (settled && frame >= MIN_FRAMES) || frame >= MAX_FRAMES {
            return output;
        }
    }
}

/// The height in points that `add_contents` needs at `width_pt` (laid out
/// without a GPU), so the image can be cut to its content.
pub fn measure_height_pt(
    width_pt: f32,
    setup: impl FnOnce(&egui::Context),
    mut add_contents: impl FnMut(&mut egui::Ui),
) -> f32 {
    let ctx = egui::Context::default();
    prepare(&ctx);
    setup(&ctx);
    let mut height = 0.0_f32;
    let output = run_frames(
        &ctx,
        egui::vec2(width_pt, 20_000.0),
        1.0,
        8192,
        |ui| {
            let top = ui.cursor().top();
            add_contents(ui);
            height = ui.cursor().top() - top;
        },
        |delta| {
            delta.set.clear();
            delta.free.clear();
        },
    );
    drop(output);
    height
}

fn apply_textures(
    renderer: &mut egui_wgpu::Renderer,
    device: &wgpu::Device,
    queue: &wgpu::Queue,
    delta: &mut egui::TexturesDelta,
    used: &mut std::collections::BTreeSet<egui::TextureId>,
) {
    #[allow(clippy::iter_over_hash_type)] // the order of textures does not matter
    for (id, image_deltas) in delta.set.drain() {
        used.insert(id);
        for image_delta in image_deltas {
            renderer.update_texture(device, queue, id, &image_delta);
        }
    }
    #[allow(clippy::iter_over_hash_type)]
    for id in delta.free.drain() {
        renderer.free_texture(&id);
    }
}

/// PNG bytes of an image.
pub fn encode_png(image: &image::RgbaImage) -> Result<Vec<u8>, String> {
    let mut png = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| format!("PNG maken mislukt: {e}"))?;
    Ok(png)
}
