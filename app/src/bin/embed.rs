//! Entry point of the embeddable widget's own, smaller WASM bundle (`app/embed.html`, served
//! at `/embed`): set the panic hook and mount [`digihjelpen_app::EmbedApp`].

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(digihjelpen_app::EmbedApp);
}
