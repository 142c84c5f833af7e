//! Entry point of the handbook, `/om` and `/tilgjengelighet`: keep the pre-rendered page while
//! its files are unchanged, else hand it to the `site` entry point.

fn main() {
    console_error_panic_hook::set_once();
    digihjelpen_app::reader::start();
}
