// The today of the `server` project: stride serve's STRIDE_TODAY and the browser's clock (a Wednesday, a day with a strength session in the journey's plan).
export const SERVER_TODAY = '2026-12-09';
