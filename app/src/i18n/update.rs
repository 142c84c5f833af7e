//! Strings of the update form (`/oppdater`). The questions follow the 2017 survey (Vedlegg 2
//! of the report) plus what citizens need to find and use the offer.

use crate::i18n::Locale;
use leptos::prelude::*;

/// Every string of the update form.
#[derive(Debug)]
pub struct UpdateStrings {
    /// How the form works (nothing is sent).
    pub intro: &'static str,
    /// Heading: load an existing entry.
    pub load_heading: &'static str,
    /// Help for loading an existing entry.
    pub load_help: &'static str,
    /// Label: municipality with registered offers.
    pub load_municipality: &'static str,
    /// Label: which offer.
    pub load_offer: &'static str,
    /// Button: fill the form with the chosen offer.
    pub load_button: &'static str,
    /// Announced after loading ("Skjemaet er fylt ut med …").
    pub loaded: &'static str,
    /// Shown when a saved draft was restored.
    pub draft_restored: &'static str,
    /// Explains where the draft is kept.
    pub draft_help: &'static str,
    /// Button: delete the draft.
    pub draft_delete: &'static str,
    /// Announced after deleting the draft.
    pub draft_deleted: &'static str,
    /// Fieldset legends.
    pub sec_municipality: &'static str,
    /// See [`UpdateStrings::sec_municipality`].
    pub sec_venue: &'static str,
    /// See [`UpdateStrings::sec_municipality`].
    pub sec_content: &'static str,
    /// See [`UpdateStrings::sec_municipality`].
    pub sec_hours: &'static str,
    /// See [`UpdateStrings::sec_municipality`].
    pub sec_contact: &'static str,
    /// See [`UpdateStrings::sec_municipality`].
    pub sec_organisation: &'static str,
    /// Marks a required field.
    pub required: &'static str,
    /// Field labels.
    pub municipality: &'static str,
    /// Placeholder option of a select.
    pub choose: &'static str,
    /// "Not stated" option of a yes/no select.
    pub not_stated: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// Field label.
    pub name: &'static str,
    /// Help under the name.
    pub name_help: &'static str,
    /// Field label.
    pub id: &'static str,
    /// Help under the id ("… blir: ").
    pub id_help: &'static str,
    /// Field label.
    pub description: &'static str,
    /// Field label.
    pub venue_kind: &'static str,
    /// Field label.
    pub venue_name: &'static str,
    /// Field label.
    pub address: &'static str,
    /// Legend of the optional position.
    pub position: &'static str,
    /// Help for the position.
    pub position_help: &'static str,
    /// Field label.
    pub lat: &'static str,
    /// Field label.
    pub lon: &'static str,
    /// Field label.
    pub step_free: &'static str,
    /// Field label.
    pub hearing_loop: &'static str,
    /// Field label.
    pub own_device: &'static str,
    /// Legend.
    pub topics: &'static str,
    /// Legend.
    pub formats: &'static str,
    /// Legend.
    pub target_groups: &'static str,
    /// Legend.
    pub languages: &'static str,
    /// Field label.
    pub other_languages: &'static str,
    /// Help for other languages.
    pub other_languages_help: &'static str,
    /// Legend.
    pub slots: &'static str,
    /// Weekday label of a slot.
    pub day: &'static str,
    /// Slot start.
    pub from: &'static str,
    /// Slot end.
    pub to: &'static str,
    /// "Åpningstid" (numbered in labels).
    pub slot: &'static str,
    /// Button: add a slot.
    pub add_slot: &'static str,
    /// Button: remove a slot.
    pub remove_slot: &'static str,
    /// Field label.
    pub by_appointment: &'static str,
    /// Field label.
    pub hours_note: &'static str,
    /// Field label.
    pub phone: &'static str,
    /// Field label.
    pub email: &'static str,
    /// Field label.
    pub web: &'static str,
    /// Help for the web page.
    pub web_help: &'static str,
    /// Field label (survey q. 3).
    pub organisation: &'static str,
    /// Field label (survey q. 7, 11).
    pub anchoring: &'static str,
    /// Help for anchoring.
    pub anchoring_help: &'static str,
    /// Field label (survey q. 8).
    pub delivered_by: &'static str,
    /// Field label (survey q. 10).
    pub staffing: &'static str,
    /// Legend (survey q. 6).
    pub partners: &'static str,
    /// Field label.
    pub source: &'static str,
    /// Default source text.
    pub source_default: &'static str,
    /// Submit button.
    pub submit: &'static str,
    /// Heading of the error summary.
    pub summary_heading: &'static str,
    /// "… mangler" for a missing field.
    pub missing: &'static str,
    /// For an empty list of choices.
    pub choose_one: &'static str,
    /// Heading of the result.
    pub result_heading: &'static str,
    /// What to do with the result.
    pub result_help: &'static str,
    /// Label of the JSON text.
    pub result_label: &'static str,
    /// Button: copy.
    pub copy: &'static str,
    /// After copying.
    pub copied: &'static str,
    /// When copying fails.
    pub copy_failed: &'static str,
    /// Button: download.
    pub download: &'static str,
    /// Button: e-mail to the editors.
    pub email_editors: &'static str,
    /// Subject of that e-mail.
    pub email_subject: &'static str,
    /// When no editors' address is configured.
    pub no_editors_address: &'static str,
    /// The e-mail's first lines, before the entry.
    pub email_intro: &'static str,
    /// The e-mail's body when the entry is too long for the link: (file name) → text.
    pub email_attach_body: fn(&str) -> String,
    /// What happens next, with an address: (address) → text.
    pub email_next: fn(&str) -> String,
    /// What happens next when the entry goes as an attachment: (file name, address) → text.
    pub email_next_attach: fn(&str, &str) -> String,
    /// When the e-mail program does not open: (address) → text.
    pub email_fallback: fn(&str) -> String,
}

/// Bokmål.
pub static UPDATE_NB: UpdateStrings = UpdateStrings {
    intro: "Svarene blir til en oppføring som redaksjonen legger inn i oversikten. Skjemaet sender \
            ingenting av seg selv: til slutt kopierer eller laster du ned oppføringen og sender den \
            til redaksjonen.",
    load_heading: "Endre et tilbud som allerede er registrert",
    load_help: "Velg kommunen og tilbudet, så fyller vi ut skjemaet med det som står i oversikten i dag.",
    load_municipality: "Kommune med registrert tilbud",
    load_offer: "Tilbud",
    load_button: "Fyll ut skjemaet med dette tilbudet",
    loaded: "Skjemaet er fylt ut med",
    draft_restored: "Vi har hentet fram utkastet du begynte på.",
    draft_help: "Utkastet lagres bare i denne nettleseren, så du kan fortsette senere.",
    draft_delete: "Slett utkast",
    draft_deleted: "Utkastet er slettet, og skjemaet er tomt.",
    sec_municipality: "Kommune og tilbud",
    sec_venue: "Hvor gis hjelpen?",
    sec_content: "Hva slags hjelp, og for hvem?",
    sec_hours: "Når er tilbudet åpent?",
    sec_contact: "Kontakt",
    sec_organisation: "Hvordan er tilbudet organisert?",
    required: "(må fylles ut)",
    municipality: "Kommune",
    choose: "Velg …",
    not_stated: "Ikke oppgitt",
    yes: "Ja",
    no: "Nei",
    name: "Navn på tilbudet",
    name_help: "Slik innbyggerne kjenner det, for eksempel «Digital hjelp på biblioteket».",
    id: "Id",
    id_help: "Lages automatisk. Endre den bare hvis redaksjonen ber om det. Blir: ",
    description: "Kort beskrivelse",
    venue_kind: "Type sted",
    venue_name: "Navn på stedet",
    address: "Adresse",
    position: "Posisjon på kartet (valgfritt)",
    position_help: "Breddegrad og lengdegrad i desimalgrader, for eksempel 63,7464 og 11,2996. \
                    Uten posisjon vises tilbudet midt i kommunen, merket som omtrentlig.",
    lat: "Breddegrad",
    lon: "Lengdegrad",
    step_free: "Trinnfri adkomst",
    hearing_loop: "Teleslynge",
    own_device: "Kan innbyggerne ta med egen mobil, nettbrett eller PC?",
    topics: "Hva får innbyggerne hjelp med?",
    formats: "Hvordan gis hjelpen?",
    target_groups: "Hvem er tilbudet for?",
    languages: "Hvilke språk kan hjelpen gis på?",
    other_languages: "Andre språk",
    other_languages_help: "Språkkoder (ISO 639) skilt med komma, for eksempel «fa, ru».",
    slots: "Faste tider hver uke",
    day: "Dag",
    from: "Fra",
    to: "Til",
    slot: "Tid",
    add_slot: "Legg til en fast tid",
    remove_slot: "Fjern",
    by_appointment: "Innbyggerne kan også bestille time",
    hours_note: "Merknad om åpningstider",
    phone: "Telefon",
    email: "E-post",
    web: "Nettside",
    web_help: "Må begynne med https://",
    organisation: "Hvordan gir kommunen tilbudet?",
    anchoring: "Hvor er tilbudet forankret?",
    anchoring_help: "Enheten som har ansvaret, for eksempel «Biblioteket» eller «Servicetorget».",
    delivered_by: "Hvem gir hjelpen?",
    staffing: "Hvor mye personale er satt av (årsverk)?",
    partners: "Hvem samarbeider kommunen med om tilbudet?",
    source: "Hvem har gitt opplysningene?",
    source_default: "Meldt inn av kommunen",
    submit: "Kontroller og lag oppføringen",
    summary_heading: "Rett opp dette før du går videre:",
    missing: "mangler",
    choose_one: "Velg minst én",
    result_heading: "Oppføringen er klar",
    result_help: "Kopier eller last ned oppføringen og send den til redaksjonen. Datoen for sist \
                  bekreftet er satt til i dag.",
    result_label: "Oppføringen (JSON)",
    copy: "Kopier",
    copied: "Kopiert.",
    copy_failed: "Kunne ikke kopiere. Merk teksten og kopier den selv.",
    download: "Last ned",
    email_editors: "Send til redaksjonen",
    email_subject: "Digihjelpen: nytt eller endret tilbud",
    no_editors_address: "Det er ikke satt opp en e-postadresse til redaksjonen her ennå. Send \
                         oppføringen til redaksjonen slik dere har avtalt.",
    email_intro: "Hei!\n\nHer er oppføringen vår til oversikten over veiledningstilbud i \
                  Digihjelpen:\n\n",
    email_attach_body: |file| {
        format!(
            "Hei!\n\nOppføringen vår til oversikten over veiledningstilbud i Digihjelpen er for \
             lang til å stå i selve e-posten. Den ligger i filen {file}, som ble lastet ned da \
             jeg trykket på knappen. Filen er lagt ved.\n"
        )
    },
    email_next: |to| {
        format!(
            "Når du trykker «Send til redaksjonen», åpner e-postprogrammet ditt en ferdig utfylt \
             e-post til {to} med oppføringen i. Se over e-posten og send den. Redaksjonen sjekker \
             oppføringen og legger den inn i oversikten. Tilbudet vises på kartet når det er gjort."
        )
    },
    email_next_attach: |file, to| {
        format!(
            "Oppføringen er for lang til å stå i selve e-posten. Når du trykker «Send til \
             redaksjonen», lastes filen {file} ned først, og så åpner e-postprogrammet ditt en \
             e-post til {to}. Legg ved filen og send e-posten. Redaksjonen sjekker oppføringen og \
             legger den inn i oversikten. Tilbudet vises på kartet når det er gjort."
        )
    },
    email_fallback: |to| {
        format!("Åpner ikke e-postprogrammet seg? Last ned oppføringen og send den som vedlegg til {to}.")
    },
};

/// The update form's strings for the active [`Locale`] (bokmål only for now).
pub fn update_strings() -> &'static UpdateStrings {
    match use_context::<Locale>().unwrap_or_default() {
        Locale::Nb | Locale::Nn | Locale::En => &UPDATE_NB,
    }
}
