// The ServiceNow app's test kit (`@xloop/servicenow-app/testing`): the Glide stand-in the server modules run on in
// Node, a fresh instance with the app's tables, and the REST request and response the routes are called with.
export { freshInstance } from './app-instance';
export { type AppUnderTest, appScenario, restRequest, restResponse } from './app-scenario';
export { GlideDateTime, GlideRecord, gs, instance, restApiRequest } from './glide-stand-in';
