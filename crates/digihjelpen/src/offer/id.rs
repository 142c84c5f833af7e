//! Offer ids: stable slugs such as `sandefjord-servicetorget`.

use std::fmt;
use std::str::FromStr;

use crate::error::ProblemKind;
use crate::text;

/// An offer's id: `a-z`, `0-9` and inner single hyphens, at most 80 characters.
///
/// # Example
/// ```
/// use digihjelpen::OfferId;
/// assert!("levanger-servicekontor".parse::<OfferId>().is_ok());
/// assert!("Levanger servicekontor".parse::<OfferId>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OfferId(String);

impl OfferId {
    /// The id.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for OfferId {
    type Err = ProblemKind;

    fn from_str(s: &str) -> Result<OfferId, ProblemKind> {
        if text::is_slug(s) {
            Ok(OfferId(s.to_owned()))
        } else {
            Err(ProblemKind::BadId(s.to_owned()))
        }
    }
}

impl fmt::Display for OfferId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
