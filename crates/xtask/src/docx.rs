//! The handbook's templates as Word files, made at build time (never in the WASM bundle).
//!
//! Each `public/innhold/maler/<name>.md` becomes `<dist>/maler/<name>.docx`: a minimal,
//! valid Office Open XML document (the parts written by hand, zipped with the `zip` crate)
//! that a municipal clerk opens and edits in Word, LibreOffice or Google Docs. Headings,
//! paragraphs, emphasis, bold, lists (nested, numbered), links, block quotes, code and tables
//! become their Word counterparts; raw HTML in the Markdown is kept as plain text.

use std::fs;
use std::io::Write;
use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use zip::write::SimpleFileOptions;

use crate::util::Result;

/// Converts every `*.md` in `src` to `out/<name>.docx`; a missing `src` is no error (no
/// templates yet). Prints one line per file.
///
/// # Errors
/// When a file cannot be read or written.
pub fn build_templates(src: &Path, out: &Path) -> Result {
    let Ok(entries) = fs::read_dir(src) else {
        eprintln!("xtask: no templates in {}", src.display());
        return Ok(());
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    if !files.is_empty() {
        fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    }
    for path in files {
        let md = fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("mal");
        let bytes = markdown_to_docx(&md, &first_heading(&md).unwrap_or_else(|| stem.into()))?;
        let target = out.join(format!("{stem}.docx"));
        fs::write(&target, &bytes)
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        eprintln!("xtask: template {} ({} B)", target.display(), bytes.len());
    }
    Ok(())
}

/// The text of the first heading, for the document's title property.
fn first_heading(md: &str) -> Option<String> {
    let mut inside = false;
    let mut text = String::new();
    for event in Parser::new(md) {
        match event {
            Event::Start(Tag::Heading { .. }) => inside = true,
            Event::End(TagEnd::Heading(_)) => return Some(text),
            Event::Text(t) | Event::Code(t) if inside => text.push_str(&t),
            _ => {}
        }
    }
    None
}

/// Escapes text for XML and drops characters XML 1.0 forbids.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

/// A paragraph being written: its style, numbering (num id, level) and runs.
struct Para {
    style: String,
    num: Option<(usize, usize)>,
    runs: String,
}

/// Builds `word/document.xml`'s body, the numbering instances and the hyperlink targets.
#[derive(Default)]
struct Writer {
    body: String,
    /// The open paragraph.
    para: Option<Para>,
    bold: u32,
    italic: u32,
    strike: u32,
    link: Option<usize>,
    in_head: bool,
    /// Open lists: their numbering instance.
    lists: Vec<usize>,
    /// Numbering instances: (ordered, start).
    nums: Vec<(bool, u64)>,
    /// Hyperlink targets; relationship ids `rIdL1`, `rIdL2`, ….
    links: Vec<String>,
    quote: u32,
    /// The formatting of the last plain run in the open paragraph, which new text may join.
    last_props: Option<String>,
}

impl Writer {
    fn open(&mut self, style: &str, num: Option<(usize, usize)>) {
        self.close();
        self.para = Some(Para {
            style: style.to_owned(),
            num,
            runs: String::new(),
        });
    }

    fn ensure_open(&mut self) {
        if self.para.is_none() {
            let style = if self.quote > 0 { "Quote" } else { "Normal" };
            self.open(style, None);
        }
    }

    fn close(&mut self) {
        self.last_props = None;
        let Some(Para { style, num, runs }) = self.para.take() else {
            return;
        };
        self.body.push_str("<w:p><w:pPr>");
        self.body
            .push_str(&format!("<w:pStyle w:val=\"{style}\"/>"));
        if let Some((id, level)) = num {
            self.body.push_str(&format!(
                "<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{id}\"/></w:numPr>"
            ));
        }
        self.body.push_str("</w:pPr>");
        self.body.push_str(&runs);
        self.body.push_str("</w:p>");
    }

    fn run(&mut self, text: &str, code: bool) {
        self.ensure_open();
        let mut props = String::new();
        if self.bold > 0 || self.in_head {
            props.push_str("<w:b/>");
        }
        if self.italic > 0 {
            props.push_str("<w:i/>");
        }
        if self.strike > 0 {
            props.push_str("<w:strike/>");
        }
        if code {
            props.push_str("<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\"/>");
        }
        if self.link.is_some() {
            props.push_str("<w:rStyle w:val=\"Hyperlink\"/>");
        }
        let para = &mut self.para.as_mut().expect("opened above").runs;
        // Text with the same formatting as the run before joins that run.
        if self.link.is_none() && self.last_props.as_deref() == Some(props.as_str()) {
            let end = para.len() - "</w:t></w:r>".len();
            para.insert_str(end, &esc(text));
            return;
        }
        let props_xml = if props.is_empty() {
            String::new()
        } else {
            format!("<w:rPr>{props}</w:rPr>")
        };
        let run = format!(
            "<w:r>{props_xml}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
            esc(text)
        );
        self.last_props = self.link.is_none().then_some(props);
        match self.link {
            Some(id) => para.push_str(&format!(
                "<w:hyperlink r:id=\"rIdL{id}\">{run}</w:hyperlink>"
            )),
            None => para.push_str(&run),
        }
    }

    fn line_break(&mut self) {
        self.ensure_open();
        self.last_props = None;
        if let Some(p) = self.para.as_mut() {
            p.runs.push_str("<w:r><w:br/></w:r>");
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                let mut lines = t.split('\n').peekable();
                while let Some(line) = lines.next() {
                    if !line.is_empty() {
                        self.run(line, false);
                    }
                    if lines.peek().is_some() {
                        self.line_break();
                    }
                }
            }
            Event::Code(t) => self.run(&t, true),
            Event::SoftBreak => self.run(" ", false),
            Event::HardBreak => self.line_break(),
            Event::Rule => {
                self.open("Normal", None);
                self.close();
            }
            Event::TaskListMarker(done) => self.run(if done { "☑ " } else { "☐ " }, false),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                // A list item's first paragraph continues the item's numbered paragraph.
                let reuse = self.para.as_ref().is_some_and(|p| p.runs.is_empty());
                if !reuse {
                    let style = if self.quote > 0 { "Quote" } else { "Normal" };
                    self.open(style, None);
                }
            }
            Tag::Heading { level, .. } => {
                let n = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                };
                self.open(&format!("Heading{n}"), None);
            }
            Tag::BlockQuote(_) => {
                self.close();
                self.quote += 1;
            }
            Tag::CodeBlock(_) => self.open("Code", None),
            Tag::HtmlBlock => self.open("Normal", None),
            Tag::List(start) => {
                self.close();
                self.nums.push((start.is_some(), start.unwrap_or(1)));
                self.lists.push(self.nums.len());
            }
            Tag::Item => {
                let id = self.lists.last().copied().unwrap_or(1);
                let level = self.lists.len().saturating_sub(1).min(2);
                self.open("ListParagraph", Some((id, level)));
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Strikethrough => self.strike += 1,
            Tag::Link { dest_url, .. } => {
                let url = dest_url.to_string();
                if url.starts_with("https://")
                    || url.starts_with("http://")
                    || url.starts_with("mailto:")
                {
                    self.links.push(url);
                    self.link = Some(self.links.len());
                }
            }
            Tag::Table(_) => {
                self.close();
                self.body.push_str(
                    "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr>",
                );
            }
            Tag::TableHead => {
                self.in_head = true;
                self.body.push_str("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
            }
            Tag::TableRow => self.body.push_str("<w:tr>"),
            Tag::TableCell => {
                self.body.push_str("<w:tc>");
                self.open("Normal", None);
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::Item => self.close(),
            TagEnd::BlockQuote(_) => {
                self.close();
                self.quote = self.quote.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.close();
                self.lists.pop();
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
            TagEnd::Link => self.link = None,
            TagEnd::TableCell => {
                self.ensure_open();
                self.close();
                self.body.push_str("</w:tc>");
            }
            TagEnd::TableHead => {
                self.in_head = false;
                self.body.push_str("</w:tr>");
            }
            TagEnd::TableRow => self.body.push_str("</w:tr>"),
            TagEnd::Table => self.body.push_str("</w:tbl><w:p/>"),
            _ => {}
        }
    }
}

const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

fn style(id: &str, name: &str, ppr: &str, rpr: &str) -> String {
    format!(
        "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
         <w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
         <w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )
}

fn styles() -> String {
    let heading = |n: u8, size: u16| {
        style(
            &format!("Heading{n}"),
            &format!("heading {n}"),
            &format!("<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"{}\"/>", n - 1),
            &format!("<w:b/><w:sz w:val=\"{size}\"/>"),
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles {NS}>\
         <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>\
         <w:sz w:val=\"22\"/><w:lang w:val=\"nb-NO\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
         {}{}{}{}{}{}\
         <w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"0062BA\"/><w:u w:val=\"single\"/></w:rPr></w:style>\
         <w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>\
         <w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
         </w:tblBorders><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
         </w:styles>",
        heading(1, 36),
        heading(2, 30),
        heading(3, 26),
        style("ListParagraph", "List Paragraph", "<w:spacing w:after=\"60\"/><w:contextualSpacing/>", ""),
        style("Quote", "Quote", "<w:ind w:left=\"567\"/>", "<w:i/>"),
        style("Code", "Code", "<w:spacing w:after=\"0\"/>", "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\"/><w:sz w:val=\"20\"/>"),
    )
}

fn numbering(nums: &[(bool, u64)]) -> String {
    let levels = |ordered: bool| {
        (0..3)
            .map(|l| {
                let (fmt, text) = if ordered {
                    ("decimal", format!("%{}.", l + 1))
                } else {
                    ("bullet", ["•", "◦", "▪"][l].to_owned())
                };
                format!(
                    "<w:lvl w:ilvl=\"{l}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{fmt}\"/>\
                     <w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>\
                     <w:pPr><w:ind w:left=\"{}\" w:hanging=\"360\"/></w:pPr></w:lvl>",
                    720 * (l + 1)
                )
            })
            .collect::<String>()
    };
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering {NS}>\
         <w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>{}</w:abstractNum>\
         <w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>{}</w:abstractNum>",
        levels(false),
        levels(true)
    );
    for (i, (ordered, start)) in nums.iter().enumerate() {
        xml.push_str(&format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{}\"/>",
            i + 1,
            u8::from(*ordered)
        ));
        for l in 0..3 {
            let s = if l == 0 { *start } else { 1 };
            xml.push_str(&format!(
                "<w:lvlOverride w:ilvl=\"{l}\"><w:startOverride w:val=\"{s}\"/></w:lvlOverride>"
            ));
        }
        xml.push_str("</w:num>");
    }
    xml.push_str("</w:numbering>");
    xml
}

/// Converts a Markdown template to the bytes of a `.docx` file.
///
/// # Errors
/// Only if zipping into memory fails (it does not in practice).
pub fn markdown_to_docx(md: &str, title: &str) -> Result<Vec<u8>> {
    let mut w = Writer::default();
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    for event in Parser::new_ext(md, options) {
        w.event(event);
    }
    w.close();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {NS}><w:body>{}\
         <w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>\
         </w:sectPr></w:body></w:document>",
        w.body
    );
    let mut rels = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
         <Relationship Id=\"rIdN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>",
    );
    for (i, url) in w.links.iter().enumerate() {
        rels.push_str(&format!(
            "<Relationship Id=\"rIdL{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
            i + 1,
            esc(url)
        ));
    }
    rels.push_str("</Relationships>");
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>Digihjelpen</dc:creator>\
         <dc:language>nb-NO</dc:language></cp:coreProperties>",
        esc(title)
    );
    let parts: [(&str, String); 7] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
        ("_rels/.rels", ROOT_RELS.to_owned()),
        ("docProps/core.xml", core),
        ("word/document.xml", document),
        ("word/styles.xml", styles()),
        ("word/numbering.xml", numbering(&w.nums)),
        ("word/_rels/document.xml.rels", rels),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options)
            .map_err(|e| format!("docx: {e}"))?;
        zip.write_all(text.as_bytes())
            .map_err(|e| format!("docx: {e}"))?;
    }
    let cursor = zip.finish().map_err(|e| format!("docx: {e}"))?;
    Ok(cursor.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn part(bytes: &[u8], name: &str) -> String {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    #[test]
    fn converts_markdown_to_a_valid_package() {
        let md = "# Mal: sak\n\nTil **kommunestyret** i [kommune] & <b>x</b>.\n\n\
                  1. Første\n2. Andre\n   - under\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n\
                  Se [Digdir](https://www.digdir.no).\n";
        let bytes = markdown_to_docx(md, "Mal: sak").unwrap();
        assert_eq!(&bytes[..2], b"PK");
        let doc = part(&bytes, "word/document.xml");
        assert!(doc.contains("<w:pStyle w:val=\"Heading1\"/>"));
        assert!(doc.contains("&amp; &lt;b&gt;x&lt;/b&gt;"), "{doc}");
        assert!(doc.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\">kommunestyret"));
        assert!(doc.contains(">Til </w:t>"));
        assert!(doc.contains("<w:numId w:val=\"2\"/>"));
        assert!(doc.contains("<w:tbl>") && doc.contains("<w:tblHeader/>"));
        assert!(doc.contains("<w:hyperlink r:id=\"rIdL1\">"));
        let rels = part(&bytes, "word/_rels/document.xml.rels");
        assert!(rels.contains("Target=\"https://www.digdir.no\""));
        assert!(part(&bytes, "[Content_Types].xml").contains("/word/document.xml"));
        assert!(part(&bytes, "docProps/core.xml").contains("<dc:title>Mal: sak</dc:title>"));
    }

    #[test]
    fn first_heading_is_the_title() {
        assert_eq!(
            first_heading("tekst\n\n## Mal `x`\n").as_deref(),
            Some("Mal x")
        );
        assert_eq!(first_heading("ingen"), None);
    }
}
