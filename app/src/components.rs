//! Components shared by several pages.

pub mod breadcrumbs;
pub mod checklist;
pub mod data_view;
pub mod dom;
pub mod download;
pub mod geolocation;
pub mod handbook_blocks;
pub mod layout;
pub mod leaflet;
pub mod markdown;
pub mod municipality_combobox;
pub mod municipality_search;
pub mod offer_details;
pub mod offer_items;
pub mod offer_list;
pub mod offer_map;
pub mod page;
pub mod resource_list;
pub mod stored;
pub mod template;
