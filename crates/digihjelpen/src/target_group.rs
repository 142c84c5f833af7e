//! Target groups (målgrupper) of an offer, from chapter 2.1 of the 2018 report.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// Who an offer is for.
    ///
    /// The four most vulnerable groups named in the report (ch. 2.1), the two further groups it
    /// names as potential users, and "everyone".
    ///
    /// # Example
    /// ```
    /// use digihjelpen::TargetGroup;
    /// let g: TargetGroup = "eldre".parse().unwrap();
    /// assert_eq!(g.label_nb(), "Eldre over 65 år");
    /// assert_eq!(TargetGroup::ALL.len(), 7);
    /// ```
    pub enum TargetGroup {
        /// Elderly people over 65.
        Elderly = "eldre", "Eldre over 65 år";
        /// First-generation immigrants from non-Western countries, especially women.
        Immigrants = "innvandrere", "Førstegenerasjons innvandrere, særlig kvinner";
        /// People outside the workforce (on benefits, at home).
        OutsideWorkforce = "utenfor-arbeidslivet", "Personer utenfor arbeidslivet";
        /// People with disabilities.
        Disabilities = "funksjonsnedsettelse", "Personer med funksjonsnedsettelser";
        /// Young first-time users of public digital services.
        YoungFirstTimeUsers = "unge-forstegangsbrukere", "Unge førstegangsbrukere av offentlige tjenester";
        /// Adults who need digital skills for work, society and lifelong learning.
        AdultsInWork = "voksne-i-arbeid", "Voksne i arbeidslivet";
        /// Everyone.
        Everyone = "alle", "Alle";
    }
}

impl TargetGroup {
    /// A longer plain-language description for the UI.
    pub fn description_nb(self) -> &'static str {
        match self {
            TargetGroup::Elderly => "Eldre over 65 år som vil lære å bruke digitale verktøy og tjenester.",
            TargetGroup::Immigrants => {
                "Førstegenerasjons innvandrere fra ikke-vestlige land, med særlig vekt på kvinner."
            }
            TargetGroup::OutsideWorkforce => {
                "De som står utenfor arbeidslivet, blant andre trygdede og hjemmeværende."
            }
            TargetGroup::Disabilities => "Mennesker med ulike funksjonsnedsettelser.",
            TargetGroup::YoungFirstTimeUsers => {
                "Yngre som bruker kommunale eller statlige digitale tjenester for første gang."
            }
            TargetGroup::AdultsInWork => {
                "Voksne som trenger veiledning for å delta i arbeidsliv, samfunnsliv og livslang læring."
            }
            TargetGroup::Everyone => "Alle innbyggere som trenger hjelp med digitale verktøy og tjenester.",
        }
    }
}
