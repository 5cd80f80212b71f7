// The Custom UIs' test kit (`@xloop/forge-ui/testing`): headless Chromium with the UIs' accessibility check and
// screenshots.
export { type AxeViolation, openBrowser, screenshot, seriousViolations, watchErrors } from './browser';
