//! One module per page (route).

pub mod about;
pub mod accessibility;
pub mod embed;
pub mod embed_generator;
pub mod handbook;
pub mod home;
pub mod map;
pub mod not_found;
pub mod search;
pub mod status;
pub mod update;
