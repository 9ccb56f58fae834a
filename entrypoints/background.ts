export default defineBackground(() => {
  // The profile store is wired here in the extension issue; the engine lives in lib/.
});
