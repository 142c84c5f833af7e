//! Closed vocabularies: enums whose values are kebab-case slugs in the data files and URLs.
//!
//! Every vocabulary type has `ALL` (display order), `SLUGS`, `slug()`, `label_nb()` (a plain
//! bokmål label), `FromStr` from the slug (the error lists the allowed values), `Display`
//! (the slug) and `Serialize` (the slug).

/// Defines a vocabulary enum. Variants are listed as `Variant = "slug", "Bokmål label";`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[doc = $doc:literal])* $variant:ident = $slug:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[doc = $doc])* $variant, )+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every slug, in the order of `ALL`.
            pub const SLUGS: &'static [&'static str] = &[$($slug),+];

            /// The kebab-case value used in the data files and in URLs.
            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)+
                }
            }

            /// A plain bokmål label for the UI.
            pub fn label_nb(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }

            /// This value's bit in a `u32` set.
            #[allow(dead_code)]
            pub(crate) fn bit(self) -> u32 {
                1 << (self as u32)
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::error::ProblemKind;

            fn from_str(s: &str) -> Result<$name, $crate::error::ProblemKind> {
                match s {
                    $($slug => Ok($name::$variant),)+
                    _ => Err($crate::error::ProblemKind::UnknownValue {
                        value: s.to_owned(),
                        allowed: $name::SLUGS,
                    }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.slug())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.slug())
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let labels: Vec<String> = $name::ALL
                    .iter()
                    .map(|v| format!("{} = {}", v.slug(), v.label_nb()))
                    .collect();
                schemars::json_schema!({
                    "type": "string",
                    "enum": $name::SLUGS,
                    "description": labels.join("; "),
                })
            }
        }
    };
}

pub(crate) use vocabulary;

/// A small set of vocabulary values, as a bit mask (for fast filtering).
pub(crate) fn mask<T: Copy>(values: &[T], bit: impl Fn(T) -> u32) -> u32 {
    values.iter().fold(0, |m, &v| m | bit(v))
}
