// Threaded dispatch (handlers tail-call the next handler) is only safe
// where LLVM turns those calls into jumps: opt-level >= 2 on the
// architectures below. Elsewhere the interpreter uses its loop fallback.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(goviz_threaded)");
    println!("cargo::rerun-if-env-changed=GOVIZ_LOOP_DISPATCH");
    let opt = std::env::var("OPT_LEVEL").unwrap_or_default();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let optimised = matches!(opt.as_str(), "2" | "3" | "s" | "z");
    let arch_ok = matches!(arch.as_str(), "x86_64" | "aarch64");
    if optimised && arch_ok && std::env::var_os("GOVIZ_LOOP_DISPATCH").is_none() {
        println!("cargo::rustc-cfg=goviz_threaded");
    }
}
