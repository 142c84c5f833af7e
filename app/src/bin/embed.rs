//! Entry point of the embeddable widget's own, smaller WASM bundle (`app/embed.html`, served
//! at `/embed`): set the panic hook and start [`digihjelpen_app::widget`].

fn main() {
    console_error_panic_hook::set_once();
    digihjelpen_app::widget::start();
}
