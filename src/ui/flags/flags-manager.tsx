// STUB (owned by the flags work, issue 6): the options page's flags list, export/import and endpoint settings.
export function FlagsManager() {
  return null;
}
