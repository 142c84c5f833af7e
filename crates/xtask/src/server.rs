//! Serving `dist/` with the production nginx configuration (`.deploy/nginx.conf`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::build::{dist, inline_script_hashes};
use crate::util::{root, run, Result};

/// The tile host the CSP allows images from (the map's base layer), read from the deployed
/// settings file (`data/innstillinger.json`'s `kartfliser.url`): change the tile address
/// there, and the next `cargo xtask nginx-conf` allows its host.
///
/// # Errors
/// When the file cannot be read or does not parse (every problem named).
pub fn tile_host(dist_dir: &Path) -> Result<String> {
    let path = dist_dir.join("data/innstillinger.json");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    digihjelpen::settings::parse_settings(&text)
        .map(|s| s.tile_host())
        .map_err(|e| format!("{}: {e}", path.display()))
}
const BROTLI_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/// The configuration for serving `dist_dir` on `port`, with nginx's state in `run_dir`.
///
/// # Errors
/// When the template or `index.html` cannot be read.
pub fn config(dist_dir: &Path, port: u16, run_dir: &Path, local: bool) -> Result<String> {
    let template = std::fs::read_to_string(root().join(".deploy/nginx.conf"))
        .map_err(|e| format!("cannot read .deploy/nginx.conf: {e}"))?;
    let index = std::fs::read_to_string(dist_dir.join("index.html")).map_err(|e| {
        format!(
            "cannot read {}/index.html (build first): {e}",
            dist_dir.display()
        )
    })?;
    let modules = if Path::new(BROTLI_MODULE).exists() {
        format!("load_module {BROTLI_MODULE};")
    } else {
        return Err(format!(
            "{BROTLI_MODULE} is missing: apt-get install libnginx-mod-http-brotli-static"
        ));
    };
    let user = if local && is_root() { "user root;" } else { "" };
    Ok(template
        .replace("@LOAD_MODULES@", &modules)
        .replace("@USER@", user)
        .replace("@RUN_DIR@", &run_dir.display().to_string())
        .replace("@DIST@", &dist_dir.display().to_string())
        .replace("@PORT@", &port.to_string())
        .replace("@SCRIPT_HASHES@", &inline_script_hashes(&index).join(" "))
        .replace("@TILE_HOSTS@", &tile_host(dist_dir)?))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// `cargo xtask nginx-conf <dist-dir> <port>`: prints a deployment's configuration.
pub fn print_config(args: &[String]) -> Result {
    let [dist_dir, port] = args else {
        return Err("usage: cargo xtask nginx-conf <dist-dir> <port>".into());
    };
    let port: u16 = port
        .parse()
        .map_err(|_| format!("port: {port:?} is not a port number"))?;
    let dist_dir = PathBuf::from(dist_dir);
    print!(
        "{}",
        config(&dist_dir, port, Path::new("/run/digihjelpen"), false)?
    );
    Ok(())
}

/// A running nginx; stopped when dropped.
pub struct Server {
    child: Child,
    /// The base URL, e.g. `http://127.0.0.1:8080`.
    pub url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        // SIGTERM lets the master stop its worker; SIGKILL (`Child::kill`) would leave the
        // worker running, still holding the port.
        let stopped = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        if !stopped {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

fn prepare(port: u16) -> Result<PathBuf> {
    let run_dir = root().join("target/nginx").join(port.to_string());
    std::fs::create_dir_all(&run_dir)
        .map_err(|e| format!("cannot create {}: {e}", run_dir.display()))?;
    let conf = config(&dist(), port, &run_dir, true)?;
    let path = run_dir.join("nginx.conf");
    std::fs::write(&path, conf).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let mut check = Command::new("nginx");
    check.args(["-t", "-q", "-c"]).arg(&path);
    run(check).map_err(|e| format!("nginx rejected its configuration: {e}"))?;
    Ok(path)
}

fn nginx(conf: &Path) -> Command {
    let mut c = Command::new("nginx");
    c.arg("-c").arg(conf).args(["-g", "daemon off;"]);
    c
}

/// Serves `dist/` on `port` until interrupted.
pub fn serve_foreground(port: u16) -> Result {
    let conf = prepare(port)?;
    eprintln!("xtask: serving dist/ on http://127.0.0.1:{port} (Ctrl+C stops)");
    run(nginx(&conf))
}

/// Starts nginx serving `dist/` on `port` in the background, and waits until it answers.
pub fn start(port: u16) -> Result<Server> {
    let conf = prepare(port)?;
    let child = nginx(&conf)
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start nginx: {e}"))?;
    let server = Server {
        child,
        url: format!("http://127.0.0.1:{port}"),
    };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(server);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Err(format!("nginx did not start listening on port {port}"))
}
