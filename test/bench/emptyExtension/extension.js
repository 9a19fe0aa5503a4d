/* global exports */
// The reference of the activation benchmark (test/harness/benchActivation.mjs): activated by the same event as
// Release Readiness in the same extension host, timed the same way (performance.now() around activate's body).
exports.activate = function activate() {
  const activateStart = performance.now();
  return { timings: { activateStart, activateMs: performance.now() - activateStart } };
};
