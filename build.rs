//! Rebuilds the crate when anything under `lexicons/` changes, a new file included: the built-in
//! lexicons are embedded with `include_dir!`, which only tracks the files that existed at the last
//! build.

fn main() {
    println!("cargo:rerun-if-changed=lexicons");
}
