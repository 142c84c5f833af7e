//! Strings of the accessibility statement (`/tilgjengelighet`).

/// A heading and its paragraphs.
#[derive(Debug)]
pub struct Section {
    /// The `<h2>`.
    pub heading: &'static str,
    /// The paragraphs under it.
    pub paragraphs: &'static [&'static str],
    /// A bulleted list after the paragraphs (may be empty).
    pub bullets: &'static [&'static str],
}

/// The statement, in bokmål.
pub static SECTIONS_NB: &[Section] = &[
    Section {
        heading: "Hva vi har gjort",
        paragraphs: &[
            "Nettstedet er laget for å kunne brukes med tastatur alene, med skjermleser og \
             med forstørring opp til 400 prosent. Vi bruker Designsystemet fra Digdir, som \
             er laget for offentlige nettsteder i Norge.",
            "Alt som vises på kartet, finnes også i en liste ved siden av kartet. Du kan \
             finne tilbud ved å søke på kommune eller postnummer uten å bruke kartet.",
        ],
        bullets: &[
            "Hver side har en «Hopp til hovedinnholdet»-lenke og én hovedoverskrift.",
            "Vi tester hver side automatisk med verktøyet axe-core før nye versjoner \
             publiseres, og vi tester viktige oppgaver med tastatur.",
            "Teksten skal være enkel å lese. Vi skriver korte setninger og forklarer \
             forkortelser.",
            "Nettstedet virker på mobil, også på smale skjermer.",
        ],
    },
    Section {
        heading: "Kjente begrensninger",
        paragraphs: &[
            "Bakgrunnskartet er bilder fra Kartverket. Bildene har ikke tekst, så bruk \
             listen hvis du ikke ser kartet. Kommunegrensene på kartet er forenklet.",
            "Nettstedet er nytt, og vi har ennå ikke testet det sammen med brukere av \
             skjermleser. Det skal vi gjøre.",
        ],
        bullets: &[],
    },
    Section {
        heading: "Krav og tilsyn",
        paragraphs: &[
            "Offentlige nettsteder i Norge skal følge kravene til universell utforming i \
             WCAG 2.1 på nivå AA. Tilsynet for universell utforming av ikt (Uutilsynet) \
             fører tilsyn med kravene.",
            "Hvis noe ikke virker for deg, vil vi gjerne vite det. Skriv hva du prøvde å \
             gjøre, hvilken side det gjaldt, og hva slags utstyr du brukte.",
        ],
        bullets: &[],
    },
];
