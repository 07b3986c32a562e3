// Placeholder: the browser harness builds the extension here (see tests/e2e/harness).
export default function setup(): void {}
