// The forge UI journeys' Chromium helpers, for this workspace. Their axe check hands the page's `document` to axe
// inside `page.evaluate`, which their DOM-typed workspace knows; this one is typed for Node only, so the name is
// declared here, untyped, for that callback alone rather than giving every e2e file the DOM's types.
declare global {
  var document: unknown;
}

export { openBrowser, screenshot, watchErrors } from '@xloop/forge-ui/testing';
