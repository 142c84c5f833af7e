//! The app icons the web app manifest names for installing the site (`icons/icon-192.png`,
//! `icons/icon-512.png`): the favicon's design (`public/icons/favicon.svg`: a white "D" with a
//! dot on Digihjelpen's blue), drawn at build time, edge to edge so that the same image also
//! serves as a maskable icon (the glyph keeps within the middle 80 %).
//!
//! The shapes are few and simple, so they are drawn here with 4 × 4 samples a pixel and
//! written as PNG with the zlib the build already has, rather than adding an SVG renderer.

use std::path::Path;

use crate::util::Result;

/// The sizes written, in pixels.
pub const SIZES: [u32; 2] = [192, 512];

/// Digihjelpen's blue (the manifest's `theme_color`).
const BLUE: [u8; 3] = [0x00, 0x62, 0xba];

/// Writes `icon-<size>.png` for each of [`SIZES`] into `dir`.
///
/// # Errors
/// When a file cannot be written.
pub fn write(dir: &Path) -> Result {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for size in SIZES {
        let path = dir.join(format!("icon-{size}.png"));
        std::fs::write(&path, png(size, &draw(size)))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Whether the glyph covers the point (x, y), in the favicon's 64 × 64 units.
fn glyph(x: f64, y: f64) -> bool {
    // The dot.
    if (x - 31.0).hypot(y - 32.0) <= 4.0 {
        return true;
    }
    // The "D": a stroke 6 wide along the left side, the top and bottom from x 18 to 31, and
    // a half ellipse (17 by 16) round the right.
    let half = 3.0;
    let on_left = (x - 18.0).abs() <= half && (16.0 - half..=48.0 + half).contains(&y);
    let on_flat =
        (18.0 - half..=31.0).contains(&x) && ((y - 16.0).abs() <= half || (y - 48.0).abs() <= half);
    let on_curve = x >= 31.0 && {
        let (dx, dy) = ((x - 31.0) / 17.0, (y - 32.0) / 16.0);
        ((dx * dx + dy * dy).sqrt() - 1.0).abs() * 16.5 <= half
    };
    on_left || on_flat || on_curve
}

/// The icon's RGBA pixels, `size` × `size`.
fn draw(size: u32) -> Vec<u8> {
    const SAMPLES: u32 = 4;
    let scale = 64.0 / f64::from(size);
    let mut pixels = Vec::with_capacity((size * size * 4) as usize);
    for py in 0..size {
        for px in 0..size {
            let mut hits = 0;
            for sy in 0..SAMPLES {
                for sx in 0..SAMPLES {
                    let x = (f64::from(px) + (f64::from(sx) + 0.5) / f64::from(SAMPLES)) * scale;
                    let y = (f64::from(py) + (f64::from(sy) + 0.5) / f64::from(SAMPLES)) * scale;
                    if glyph(x, y) {
                        hits += 1;
                    }
                }
            }
            let white = f64::from(hits) / f64::from(SAMPLES * SAMPLES);
            for channel in BLUE {
                let c = f64::from(channel) + (255.0 - f64::from(channel)) * white;
                pixels.push(c.round() as u8);
            }
            pixels.push(255);
        }
    }
    pixels
}

/// A PNG file (8-bit RGBA, no interlacing) of `size` × `size` `pixels`.
fn png(size: u32, pixels: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut raw = Vec::with_capacity(pixels.len() + size as usize);
    for row in pixels.chunks((size * 4) as usize) {
        raw.push(0); // filter: none
        raw.extend_from_slice(row);
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(&raw).expect("writing to memory");
    let data = z.finish().expect("writing to memory");

    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]); // 8 bits, RGBA, deflate, no filter, no interlace
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"IDAT", &data);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.sum().to_be_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icons_are_pngs_of_their_size_with_the_glyph_inside_the_safe_zone() {
        for size in SIZES {
            let file = png(size, &draw(size));
            assert_eq!(&file[..8], b"\x89PNG\r\n\x1a\n");
            assert_eq!(&file[12..16], b"IHDR");
            assert_eq!(u32::from_be_bytes(file[16..20].try_into().unwrap()), size);
            assert_eq!(u32::from_be_bytes(file[20..24].try_into().unwrap()), size);
            let pixels = draw(size);
            let at = |x: u32, y: u32| &pixels[((y * size + x) * 4) as usize..][..3];
            // The corner is the blue; the dot's centre is white.
            assert_eq!(at(0, 0), BLUE);
            let centre = (31.0 / 64.0 * f64::from(size)) as u32;
            assert_eq!(at(centre, size / 2), [255, 255, 255]);
            // Maskable: nothing but blue outside the middle 80 % circle.
            let r = 0.4 * f64::from(size);
            for y in 0..size {
                for x in 0..size {
                    let (dx, dy) = (
                        f64::from(x) + 0.5 - f64::from(size) / 2.0,
                        f64::from(y) + 0.5 - f64::from(size) / 2.0,
                    );
                    if dx.hypot(dy) > r + 1.0 {
                        assert_eq!(at(x, y), BLUE, "({x}, {y}) of {size}");
                    }
                }
            }
        }
    }
}
