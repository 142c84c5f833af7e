//! The vocabularies that describe an offer (from the 2017 survey, Vedlegg 2 of the report).

use crate::vocabulary::vocabulary;

vocabulary! {
    /// The kind of place where citizens meet the help (`sted.type`).
    pub enum VenueKind {
        /// Public library.
        Library = "bibliotek", "Bibliotek";
        /// The municipality's service office (servicetorg / servicekontor / innbyggerservice).
        ServiceOffice = "servicetorg", "Servicetorg";
        /// Volunteer centre (frivilligsentral).
        VolunteerCentre = "frivilligsentral", "Frivilligsentral";
        /// A school.
        School = "skole", "Skole";
        /// Senior centre or activity centre.
        SeniorCentre = "seniorsenter", "Seniorsenter";
        /// Somewhere else.
        Other = "annet", "Annet sted";
    }
}

vocabulary! {
    /// How the offer is organised (survey question 3).
    pub enum Organisation {
        /// A fixed, organised offer.
        Fixed = "fast", "Fast organisert tilbud";
        /// Given together with other services.
        WithOtherServices = "med-andre-tjenester", "Gis sammen med andre tjenester";
        /// Given ad hoc.
        AdHoc = "ad-hoc", "Ved behov (ad hoc)";
    }
}

vocabulary! {
    /// How the help is given (survey question 5, plus home visits).
    pub enum Format {
        /// Walk in without an appointment.
        DropIn = "drop-in", "Drop-in";
        /// By appointment.
        ByAppointment = "timebestilling", "Timebestilling";
        /// One-to-one guidance.
        OneToOne = "en-til-en", "En-til-en-veiledning";
        /// Group course.
        GroupCourse = "gruppekurs", "Kurs i gruppe";
        /// Help by phone.
        Phone = "telefon", "Hjelp på telefon";
        /// Help by chat.
        Chat = "chat", "Hjelp på chat";
        /// Videos or online course.
        OnlineCourse = "nettkurs", "Video eller nettkurs";
        /// Written guides.
        WrittenGuides = "skriftlige-veiledere", "Skriftlige veiledere";
        /// Home visits.
        HomeVisits = "hjemmebesok", "Hjemmebesøk";
    }
}

vocabulary! {
    /// Who delivers the help (survey question 8).
    pub enum DeliveredBy {
        /// The municipality's own staff.
        OwnStaff = "egne-ansatte", "Egne ansatte";
        /// External people (volunteers, organisations, companies).
        External = "eksterne", "Eksterne";
        /// A combination.
        Combination = "kombinasjon", "Egne ansatte og eksterne";
    }
}

vocabulary! {
    /// Staff set aside for the offer, in full-time equivalents (survey question 10).
    pub enum Staffing {
        /// 0.1–0.4 FTE.
        Fte0_1To0_4 = "0.1-0.4", "0,1–0,4 årsverk";
        /// 0.5–1 FTE.
        Fte0_5To1 = "0.5-1", "0,5–1 årsverk";
        /// 1–2 FTE.
        Fte1To2 = "1-2", "1–2 årsverk";
        /// 2–5 FTE.
        Fte2To5 = "2-5", "2–5 årsverk";
        /// More than 5 FTE.
        Over5 = "over-5", "Flere enn 5 årsverk";
    }
}

vocabulary! {
    /// Partners the municipality works with on the offer (report ch. 4.3 and 5).
    pub enum Partner {
        /// NAV.
        Nav = "nav", "NAV";
        /// Skatteetaten.
        Skatteetaten = "skatteetaten", "Skatteetaten";
        /// Seniornett Norge.
        Seniornett = "seniornett", "Seniornett";
        /// The volunteer centre.
        VolunteerCentre = "frivilligsentral", "Frivilligsentralen";
        /// The Red Cross.
        RedCross = "rode-kors", "Røde Kors";
        /// Studieforbundet AOF.
        Aof = "aof", "AOF";
        /// Schools.
        School = "skole", "Skole";
        /// NAV Hjelpemiddelsentralen.
        AssistiveTechnologyCentre = "hjelpemiddelsentralen", "Hjelpemiddelsentralen";
        /// Library (for offers anchored elsewhere).
        Library = "bibliotek", "Bibliotek";
        /// Others.
        Other = "annen", "Andre";
    }
}

vocabulary! {
    /// A day of the week, Monday first.
    pub enum Weekday {
        /// Monday.
        Monday = "mandag", "Mandag";
        /// Tuesday.
        Tuesday = "tirsdag", "Tirsdag";
        /// Wednesday.
        Wednesday = "onsdag", "Onsdag";
        /// Thursday.
        Thursday = "torsdag", "Torsdag";
        /// Friday.
        Friday = "fredag", "Fredag";
        /// Saturday.
        Saturday = "lordag", "Lørdag";
        /// Sunday.
        Sunday = "sondag", "Søndag";
    }
}
