//! Topics (temaer) that an offer helps with or a resource covers (survey question 4).

use crate::vocabulary::vocabulary;

vocabulary! {
    /// What kind of digital tools or services the help is about.
    pub enum Topic {
        /// General digital tools and the internet (PC, tablet, web, social media).
        General = "generelt", "Generell bruk av digitale verktøy og internett";
        /// The municipality's own digital services.
        Municipal = "kommunale-tjenester", "Kommunens digitale tjenester";
        /// State digital services (NAV, Skatteetaten, ID-porten, …).
        State = "statlige-tjenester", "Statlige digitale tjenester (NAV, Skatteetaten, ID-porten)";
        /// Private digital services (online banking, shopping).
        Private = "private-tjenester", "Private digitale tjenester (nettbank, netthandel)";
    }
}
