export default defineBackground(() => {
  // Wired up in src/background/ (per-tab state, badge, flags outbox).
});
