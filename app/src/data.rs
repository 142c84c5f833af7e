//! Loading the data files in `public/data/` and parsing them with the domain crate.
//!
//! Each file is fetched at most once per page load and shared through context: the catalog
//! (municipalities + offers) starts loading with the app, the other files on first use
//! ([`use_postcodes`], [`use_handbook`], [`use_resources`], [`use_boundaries`],
//! [`use_settings`]). Every way a
//! load can fail becomes a [`LoadError`] that says, in Norwegian, what failed and in which
//! file; nothing here panics. Render a resource with
//! [`Loaded`](crate::components::data_view::Loaded).

use std::fmt;
use std::sync::Arc;

use digihjelpen::settings::Settings;
use digihjelpen::{
    Coverage, DataError, Date, Handbook, Index, Offer, Postcodes, Registry, Resource,
};
use std::rc::Rc;

use futures::future::{FutureExt, LocalBoxFuture, Shared as SharedFuture};
#[cfg(not(feature = "ssr"))]
use gloo_net::http::Request;
use leptos::prelude::*;

/// A data file the app loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    /// `data/kommuner.json`.
    Municipalities,
    /// `data/tilbud.json`.
    Offers,
    /// `data/postnummer.json`.
    Postcodes,
    /// `data/kommunegrenser.geojson`.
    Boundaries,
    /// `data/handbok.json`.
    Handbook,
    /// `data/ressurser.json`.
    Resources,
    /// `data/innstillinger.json`: the deploy-time settings.
    Settings,
}

impl DataFile {
    /// The path the file is served from.
    pub fn path(self) -> &'static str {
        match self {
            DataFile::Municipalities => "/data/kommuner.json",
            DataFile::Offers => "/data/tilbud.json",
            DataFile::Postcodes => "/data/postnummer.json",
            DataFile::Boundaries => "/data/kommunegrenser.geojson",
            DataFile::Handbook => "/data/handbok.json",
            DataFile::Resources => "/data/ressurser.json",
            DataFile::Settings => "/data/innstillinger.json",
        }
    }

    /// What the file holds, in words ("Vi fikk ikke lastet {describe}").
    pub fn describe(self) -> &'static str {
        match self {
            DataFile::Municipalities => "listen over kommuner",
            DataFile::Offers => "oversikten over tilbud",
            DataFile::Postcodes => "listen over postnummer",
            DataFile::Boundaries => "kommunegrensene",
            DataFile::Handbook => "innholdet i håndboken",
            DataFile::Resources => "listen over ressurser",
            DataFile::Settings => "innstillingene for nettstedet",
        }
    }
}

/// Why a data file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// HTTP 404.
    Missing,
    /// Another HTTP error status.
    Status(u16),
    /// The request failed (offline, blocked, aborted).
    Network(String),
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// The server sent a web page where the file was expected (a captive portal's login page,
    /// a proxy's error page).
    NotData,
    /// The body is not valid JSON or breaks the data format: the parser's problems.
    Invalid {
        /// True for a JSON syntax error, false for a format (schema) problem.
        syntax: bool,
        /// One line per problem, as the domain crate words them.
        problems: Vec<String>,
    },
}

/// A data file that could not be loaded or parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// Which file (or content file path, for Markdown pages).
    pub path: String,
    /// What the file holds, in words.
    pub what: &'static str,
    /// What went wrong.
    pub kind: LoadErrorKind,
}

impl LoadError {
    fn new(file: DataFile, kind: LoadErrorKind) -> LoadError {
        LoadError {
            path: file.path().to_owned(),
            what: file.describe(),
            kind,
        }
    }

    /// A parse failure of `file`, with every problem the domain crate found.
    pub fn invalid(file: DataFile, error: &DataError) -> LoadError {
        let problems = error.problems().map(ToString::to_string).collect();
        LoadError::new(
            file,
            LoadErrorKind::Invalid {
                syntax: error.is_syntax(),
                problems,
            },
        )
    }

    /// The short Norwegian summary of what went wrong.
    pub fn summary(&self) -> String {
        let why = match &self.kind {
            LoadErrorKind::Missing => "Filen finnes ikke på serveren (404)".to_owned(),
            LoadErrorKind::Status(code) => format!("Serveren svarte med en feil ({code})"),
            LoadErrorKind::Network(_) => "Vi fikk ikke kontakt med serveren".to_owned(),
            LoadErrorKind::Timeout => {
                format!("Serveren svarte ikke innen {} sekunder", TIMEOUT_MS / 1000)
            }
            LoadErrorKind::NotData => "Serveren sendte en nettside i stedet for filen".to_owned(),
            LoadErrorKind::Invalid { syntax: true, .. } => "Filen er ikke gyldig JSON".to_owned(),
            LoadErrorKind::Invalid { syntax: false, .. } => {
                "Filen følger ikke dataformatet".to_owned()
            }
        };
        format!("Vi fikk ikke lastet {}. {why}.", self.what)
    }

    /// Details: the parser's problems, or the network error.
    pub fn details(&self) -> Vec<String> {
        match &self.kind {
            LoadErrorKind::Invalid { problems, .. } => problems.clone(),
            LoadErrorKind::Network(message) => vec![message.clone()],
            LoadErrorKind::Missing
            | LoadErrorKind::Status(_)
            | LoadErrorKind::Timeout
            | LoadErrorKind::NotData => Vec::new(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} Fil: {}", self.summary(), self.path)
    }
}

impl std::error::Error for LoadError {}

/// Fetches any same-origin file as text (data files, Markdown pages).
///
/// In the build's render step (`ssr`) the same call reads the file from the directory set
/// with [`serve_files_from`], so pages render from exactly the files the site serves.
///
/// # Errors
/// [`LoadErrorKind::Missing`] for 404, [`LoadErrorKind::Status`] for other non-2xx answers,
/// [`LoadErrorKind::Network`] when the request itself fails.
#[cfg(not(feature = "ssr"))]
pub async fn fetch_path(path: &str, what: &'static str) -> Result<String, LoadError> {
    let fail = |kind| LoadError {
        path: path.to_owned(),
        what,
        kind,
    };
    // Given up after TIMEOUT_MS: the request and the reading of its body.
    let abort = web_sys::AbortController::new().ok();
    let timer = abort.as_ref().and_then(|abort| {
        let abort = abort.clone();
        let give_up = wasm_bindgen::closure::Closure::once_into_js(move || abort.abort());
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                wasm_bindgen::JsCast::unchecked_ref(&give_up),
                TIMEOUT_MS,
            )
            .ok()
    });
    let timed_out = || abort.as_ref().is_some_and(|a| a.signal().aborted());
    let network = |e: gloo_net::Error| {
        fail(if timed_out() {
            LoadErrorKind::Timeout
        } else {
            LoadErrorKind::Network(e.to_string())
        })
    };
    let result = async {
        let response = Request::get(path)
            .abort_signal(abort.as_ref().map(|a| a.signal()).as_ref())
            .send()
            .await
            .map_err(network)?;
        let html = response
            .headers()
            .get("content-type")
            .is_some_and(|t| t.starts_with("text/html"));
        match response.status() {
            200..=299 if html && !path.ends_with(".html") => Err(fail(LoadErrorKind::NotData)),
            200..=299 => response.text().await.map_err(network),
            404 => Err(fail(LoadErrorKind::Missing)),
            code => Err(fail(LoadErrorKind::Status(code))),
        }
    }
    .await;
    if let (Some(timer), Some(window)) = (timer, web_sys::window()) {
        window.clear_timeout_with_handle(timer);
    }
    result
}

/// How long a fetch waits for its answer, in milliseconds, before it gives up and says so.
pub const TIMEOUT_MS: i32 = 10_000;

#[cfg(feature = "ssr")]
thread_local! {
    static FILE_ROOT: std::cell::RefCell<std::path::PathBuf> =
        std::cell::RefCell::new(std::path::PathBuf::from("public"));
}

/// The render step reads "fetched" files from `root` (the site's `public/` directory).
#[cfg(feature = "ssr")]
pub fn serve_files_from(root: std::path::PathBuf) {
    FILE_ROOT.with(|r| *r.borrow_mut() = root);
}

/// Reads `path` below the directory set with [`serve_files_from`] (the render step's fetch).
///
/// # Errors
/// [`LoadErrorKind::Missing`] when there is no such file, [`LoadErrorKind::Network`] when it
/// cannot be read.
#[cfg(feature = "ssr")]
#[allow(clippy::unused_async)]
pub async fn fetch_path(path: &str, what: &'static str) -> Result<String, LoadError> {
    note_source(path);
    let file = FILE_ROOT.with(|r| r.borrow().join(path.trim_start_matches('/')));
    std::fs::read_to_string(&file).map_err(|e| LoadError {
        path: path.to_owned(),
        what,
        kind: match e.kind() {
            std::io::ErrorKind::NotFound => LoadErrorKind::Missing,
            _ => LoadErrorKind::Network(e.to_string()),
        },
    })
}

#[cfg(feature = "ssr")]
thread_local! {
    static SOURCES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Notes that the page being rendered shows the file at `path` (the render step records each
/// page's files: see [`take_sources`]); does nothing in the browser.
pub fn note_source(path: &str) {
    #[cfg(feature = "ssr")]
    SOURCES.with(|s| {
        let mut s = s.borrow_mut();
        if !s.iter().any(|p| p == path) {
            s.push(path.to_owned());
        }
    });
    #[cfg(not(feature = "ssr"))]
    let _ = path;
}

/// The files the render step read since the last call (the sources of the page just
/// rendered), in the order first read.
#[cfg(feature = "ssr")]
pub fn take_sources() -> Vec<String> {
    SOURCES.with(|s| std::mem::take(&mut *s.borrow_mut()))
}

/// A short fingerprint of a file's text (64-bit FNV-1a, as 16 hex digits): the build writes it
/// for each file a page was rendered from, and the browser compares it with the file it
/// fetched, to know whether the pre-rendered page is still current. Not cryptographic: it only
/// tells an edited file from the one the build read.
///
/// # Example
/// ```
/// use digihjelpen_app::data::content_hash;
/// assert_eq!(content_hash(""), "cbf29ce484222325");
/// assert_ne!(content_hash("a"), content_hash("b"));
/// ```
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Fetches a data file as text.
///
/// # Errors
/// As [`fetch_path`].
pub async fn fetch_text(file: DataFile) -> Result<String, LoadError> {
    fetch_path(file.path(), file.describe()).await
}

/// Today's date: in the browser's time zone, or (in the render step) the build's UTC date.
#[cfg(feature = "ssr")]
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days(i64::try_from(secs / 86_400).unwrap_or(0))
        .or_else(|| Date::from_ymd(2026, 1, 1))
        .expect("2026-01-01 is a valid date")
}

/// Today's date in the browser's time zone.
#[cfg(not(feature = "ssr"))]
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    // The JS date API returns in-range months and days; fall back to a fixed date defensively.
    Date::from_ymd(year, now.get_month() as u8 + 1, now.get_date() as u8)
        .or_else(|| Date::from_ymd(2026, 1, 1))
        .expect("2026-01-01 is a valid date")
}

/// The municipalities and the offers, parsed, validated and indexed for queries.
#[derive(Debug)]
pub struct Catalog {
    /// All 357 municipalities and the 15 counties.
    pub registry: Registry,
    /// The registered offers.
    pub offers: Vec<Offer>,
    /// The query index over `offers` (filter, search, nearest).
    pub index: Index,
    /// Which municipalities have at least one offer (of `offers`: for one area's catalog,
    /// only the area's).
    pub coverage: Coverage,
    /// How many offers the whole data has: `offers.len()`, or for one area's catalog the
    /// country's count from its area file.
    pub total: usize,
    /// The area whose offers alone this catalog holds ([`load_area_catalog`],
    /// [`load_municipality_catalog`]); `None` for the whole data.
    pub area: Option<digihjelpen::Area>,
}

impl Catalog {
    /// Indexes `offers` and counts the coverage: the whole data.
    pub fn new(registry: Registry, offers: Vec<Offer>) -> Catalog {
        let index = Index::new(&offers, &registry);
        let coverage = Coverage::new(&registry, &offers);
        Catalog {
            total: offers.len(),
            registry,
            offers,
            index,
            coverage,
            area: None,
        }
    }

    /// One area's offers (from its area file) over `registry`: the area file's own
    /// municipalities, or all of them from `kommuner.json`.
    fn of_area(registry: Registry, extract: digihjelpen::AreaExtract) -> Catalog {
        Catalog {
            total: extract.total,
            area: Some(extract.area),
            ..Catalog::new(registry, extract.offers)
        }
    }

    /// True when the catalog holds every offer, not only one area's.
    pub fn is_whole(&self) -> bool {
        self.area.is_none()
    }
}

/// Loads and parses `kommuner.json` and `tilbud.json`, and builds the index.
///
/// # Errors
/// The first file that fails, with every problem the parser found in it.
pub async fn load_catalog() -> Result<Arc<Catalog>, LoadError> {
    let (municipalities, offers) = futures::future::join(
        fetch_text(DataFile::Municipalities),
        fetch_text(DataFile::Offers),
    )
    .await;
    let registry = Registry::from_json(&municipalities?)
        .map_err(|e| LoadError::invalid(DataFile::Municipalities, &e))?;
    let offers = digihjelpen::parse_offers(&offers?, &registry, today())
        .map_err(|e| LoadError::invalid(DataFile::Offers, &e))?;
    mark("digihjelpen:data-lest");
    let catalog = Catalog::new(registry, offers);
    mark("digihjelpen:data-indeksert");
    Ok(Arc::new(catalog))
}

/// A performance mark, for the bench's figures of the phases (a no-op in the render step).
fn mark(name: &str) {
    #[cfg(not(feature = "ssr"))]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
    #[cfg(feature = "ssr")]
    let _ = name;
}

/// Loads one area's data file (`data/omrade/kommune-5037.json`, written by the build): the
/// offers of one municipality or county (or the nearest ones), with only the municipalities
/// they need, so that a one-place view downloads what it shows and not the whole country.
///
/// # Errors
/// As [`fetch_path`] (a 404 means the build wrote no file for that area), or the parser's
/// problems.
pub async fn load_area_catalog(area: digihjelpen::Area) -> Result<Arc<Catalog>, LoadError> {
    let extract = load_area(area).await?;
    Ok(Arc::new(Catalog::of_area(
        extract.registry.clone(),
        extract,
    )))
}

/// Loads one municipality's area file with all of `kommuner.json`: what `/kart?kommune=5037`
/// shows first, where the search needs every municipality but the list only the area's
/// offers. The page loads the whole data ([`load_catalog`]) when the visitor goes elsewhere.
///
/// # Errors
/// The first file that fails, as [`load_catalog`] and [`load_area_catalog`].
pub async fn load_municipality_catalog(area: digihjelpen::Area) -> Result<Arc<Catalog>, LoadError> {
    let (municipalities, extract) =
        futures::future::join(fetch_text(DataFile::Municipalities), load_area(area)).await;
    let registry = Registry::from_json(&municipalities?)
        .map_err(|e| LoadError::invalid(DataFile::Municipalities, &e))?;
    Ok(Arc::new(Catalog::of_area(registry, extract?)))
}

/// Fetches and parses an area file.
async fn load_area(area: digihjelpen::Area) -> Result<digihjelpen::AreaExtract, LoadError> {
    const WHAT: &str = "tilbudene i området";
    let path = format!("/data/{}", area.path());
    let text = fetch_path(&path, WHAT).await?;
    digihjelpen::parse_area(&text, today()).map_err(|e| LoadError {
        path: path.clone(),
        what: WHAT,
        kind: LoadErrorKind::Invalid {
            syntax: e.is_syntax(),
            problems: e.problems().map(ToString::to_string).collect(),
        },
    })
}

/// What a loader yields.
pub type Outcome<T> = Result<Arc<T>, LoadError>;

type LoadFuture<T> = SharedFuture<LocalBoxFuture<'static, Outcome<T>>>;
type Loader<T> = Rc<dyn Fn() -> LocalBoxFuture<'static, Outcome<T>>>;

/// A data file (or anything derived from data files) that loads: its state is a signal, so a
/// view renders "loading", the value or the error, and it can be awaited by other loaders.
///
/// In the browser the loader runs in the background; in the build's render step every file is
/// read from disk at once, so the state is ready before the first render and the pre-rendered
/// HTML holds the real content. Every pending load is counted ([`pending_loads`]): the app
/// takes over the pre-rendered page only once the route's data is there.
pub struct DataResource<T: 'static> {
    state: RwSignal<Option<Outcome<T>>, LocalStorage>,
    future: StoredValue<LoadFuture<T>, LocalStorage>,
    loader: StoredValue<Loader<T>, LocalStorage>,
}

impl<T> Clone for DataResource<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for DataResource<T> {}

thread_local! {
    static PENDING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static FAILED: std::cell::RefCell<Option<LoadError>> = const { std::cell::RefCell::new(None) };
}

/// The first load that failed since [`forget_failures`] (the app then keeps the pre-rendered
/// page and shows this error instead of swapping in a render of the error).
pub fn first_failure() -> Option<LoadError> {
    FAILED.with(|f| f.borrow().clone())
}

/// Forgets earlier failures (before the app renders the page again).
pub fn forget_failures() {
    FAILED.with(|f| f.borrow_mut().take());
}

fn note_outcome<T>(outcome: &Outcome<T>) {
    if let Err(e) = outcome {
        FAILED.with(|f| {
            f.borrow_mut().get_or_insert_with(|| e.clone());
        });
    }
}

/// How many loads are in flight right now.
pub fn pending_loads() -> usize {
    PENDING.with(std::cell::Cell::get)
}

impl<T: 'static> DataResource<T> {
    /// Starts `load` now (and again on [`DataResource::refetch`]).
    pub fn new<Fut>(load: impl Fn() -> Fut + 'static) -> Self
    where
        Fut: std::future::Future<Output = Outcome<T>> + 'static,
    {
        let loader: Loader<T> = Rc::new(move || load().boxed_local());
        let future = loader().shared();
        let resource = DataResource {
            state: RwSignal::new_local(None),
            future: StoredValue::new_local(future.clone()),
            loader: StoredValue::new_local(loader),
        };
        resource.drive(future);
        resource
    }

    /// Runs `future` and stores its outcome (at once when it is ready, as in the render step).
    fn drive(self, future: LoadFuture<T>) {
        if let Some(done) = future.clone().now_or_never() {
            note_outcome(&done);
            self.state.set(Some(done));
            return;
        }
        PENDING.with(|p| p.set(p.get() + 1));
        leptos::task::spawn_local(async move {
            let done = future.await;
            note_outcome(&done);
            self.state.try_set(Some(done));
            PENDING.with(|p| p.set(p.get().saturating_sub(1)));
        });
    }

    /// The outcome, once there is one (tracked: a view re-renders when it arrives).
    pub fn get(&self) -> Option<Outcome<T>> {
        self.state.get()
    }

    /// Waits for the outcome (for loaders that build on other files).
    pub async fn wait(self) -> Outcome<T> {
        match self.state.get_untracked() {
            Some(done) => done,
            None => self.future.get_value().await,
        }
    }

    /// Loads again (the "Prøv igjen" button).
    pub fn refetch(&self) {
        let future = self.loader.with_value(|load| load()).shared();
        self.future.set_value(future.clone());
        self.state.set(None);
        self.drive(future);
    }
}

/// The resources shared by all pages; the lazily loaded ones are created on first use.
#[derive(Clone, Copy)]
struct Shared {
    owner: StoredValue<Owner, LocalStorage>,
    catalog: DataResource<Catalog>,
    postcodes: StoredValue<Option<DataResource<Postcodes>>, LocalStorage>,
    handbook: StoredValue<Option<DataResource<Handbook>>, LocalStorage>,
    resources: StoredValue<Option<DataResource<Vec<Resource>>>, LocalStorage>,
    boundaries: StoredValue<Option<DataResource<String>>, LocalStorage>,
    settings: StoredValue<Option<DataResource<Settings>>, LocalStorage>,
}

thread_local! {
    static PREFETCHED: std::cell::RefCell<Option<Outcome<Catalog>>> =
        const { std::cell::RefCell::new(None) };
}

/// Loads the catalog before the app renders (see [`crate::takeover::mount`]): the first render
/// then has it at once, instead of rendering "loading" and then everything again.
pub async fn prefetch_catalog() {
    let catalog = load_catalog().await;
    PREFETCHED.with(|p| *p.borrow_mut() = Some(catalog));
}

/// The prefetched catalog the first time, a fresh load after that (a retry).
async fn catalog_once() -> Outcome<Catalog> {
    match PREFETCHED.with(|p| p.borrow_mut().take()) {
        Some(catalog) => catalog,
        None => load_catalog().await,
    }
}

/// Starts loading the catalog and makes all data available to every page. Call once, in `App`.
pub fn provide_data() {
    let owner = Owner::current().expect("provide_data runs inside the app's reactive owner");
    provide_context(Shared {
        owner: StoredValue::new_local(owner),
        catalog: DataResource::new(catalog_once),
        postcodes: StoredValue::new_local(None),
        handbook: StoredValue::new_local(None),
        resources: StoredValue::new_local(None),
        boundaries: StoredValue::new_local(None),
        settings: StoredValue::new_local(None),
    });
}

fn shared() -> Shared {
    expect_context::<Shared>()
}

/// Returns the resource in `slot`, creating it under the app's owner on first use, so that it
/// outlives the page that asked first.
fn lazily<T, Fut>(
    slot: StoredValue<Option<DataResource<T>>, LocalStorage>,
    load: fn() -> Fut,
) -> DataResource<T>
where
    T: Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Arc<T>, LoadError>> + 'static,
{
    if let Some(resource) = slot.get_value() {
        return resource;
    }
    let resource = shared()
        .owner
        .with_value(|owner| owner.with(|| DataResource::new(load)));
    slot.set_value(Some(resource));
    resource
}

/// The catalog (municipalities + offers): await it inside `Suspense`, `refetch` to retry.
///
/// # Panics
/// When [`provide_data`] was not called by an ancestor (a programming error).
pub fn use_catalog() -> DataResource<Catalog> {
    shared().catalog
}

/// Postcodes → municipality (loaded on first use; needs the catalog's registry).
pub fn use_postcodes() -> DataResource<Postcodes> {
    lazily(shared().postcodes, || async {
        let catalog = use_catalog_now().await?;
        let text = fetch_text(DataFile::Postcodes).await?;
        Postcodes::from_json(&text, &catalog.registry)
            .map(Arc::new)
            .map_err(|e| LoadError::invalid(DataFile::Postcodes, &e))
    })
}

/// The handbook's structure (loaded on first use).
pub fn use_handbook() -> DataResource<Handbook> {
    lazily(shared().handbook, || async {
        let catalog = use_catalog_now().await?;
        let text = fetch_text(DataFile::Handbook).await?;
        digihjelpen::parse_handbook(&text, &catalog.registry)
            .map(Arc::new)
            .map_err(|e| LoadError::invalid(DataFile::Handbook, &e))
    })
}

/// The guidance resources (loaded on first use).
pub fn use_resources() -> DataResource<Vec<Resource>> {
    lazily(shared().resources, || async {
        let text = fetch_text(DataFile::Resources).await?;
        digihjelpen::parse_resources(&text)
            .map(Arc::new)
            .map_err(|e| LoadError::invalid(DataFile::Resources, &e))
    })
}

/// The municipality boundaries as GeoJSON text, for Leaflet (loaded on first use only: the
/// file is the largest one, so only the coverage layer asks for it).
pub fn use_boundaries() -> DataResource<String> {
    lazily(shared().boundaries, || async {
        fetch_text(DataFile::Boundaries).await.map(Arc::new)
    })
}

/// The deploy-time settings, `innstillinger.json` (loaded on first use).
pub fn use_settings() -> DataResource<Settings> {
    lazily(shared().settings, || async {
        let text = fetch_text(DataFile::Settings).await?;
        digihjelpen::settings::parse_settings(&text)
            .map(Arc::new)
            .map_err(|e| LoadError::invalid(DataFile::Settings, &e))
    })
}

/// Awaits the shared catalog from inside another loader.
async fn use_catalog_now() -> Result<Arc<Catalog>, LoadError> {
    shared().catalog.wait().await
}
