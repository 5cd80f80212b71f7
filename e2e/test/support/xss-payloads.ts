/**
 * Text a person may type that a careless screen would run: each one either calls `alert` (a dialog the test sees)
 * or sets `window.__xss`, the flag the test reads after rendering.
 */
export const PAYLOADS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>window.__xss=1</script>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">javascript:alert(1)</a>',
  '</textarea><img src=x onerror=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the payload, as a person types it.
  '`${window.__xss=1}` ${alert(1)}',
  "<div dangerouslySetInnerHTML={{__html:'<img src=x onerror=alert(1)>'}} />",
  '</script><script>window.__xss=1</script>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe><details open ontoggle=alert(1)>',
];

// Names an admin gives in the service desk or in XLoop's settings, shown beside the answers. Each differs from
// every comment, so a screen showing both can be asked for each exactly.
export const SERVICE = '<img src=x onerror=alert(2)>VPN';
export const TEAM = '"><svg onload=window.__xss=1>Network';
export const LOCATION = '</script><script>window.__xss=1</script>Berlin';
export const BENCHMARK = '<img src=x onerror=alert(3)> HDI 2025';
export const REQUEST_TYPE = '</textarea><script>window.__xss=1</script>';
export const SERVICE_ACCOUNT = '"><img src=x onerror=alert(4)>';

export const NAMES: readonly string[] = [SERVICE, TEAM, LOCATION, BENCHMARK, REQUEST_TYPE, SERVICE_ACCOUNT];
