/**
 * Apps' built-in browsers, where a shared link usually opens (most mainland Chinese parents open links
 * in WeChat). They generally cannot download a file or print, so the checker tells the reader how to
 * open the page in the phone's own browser instead of showing Print and Save buttons that do nothing.
 *
 * Each app is recognised by the token it adds to the browser's user agent:
 * - WeChat and WeCom (企业微信): `MicroMessenger` (WeCom adds `wxwork` as well);
 * - QQ: `QQ/` followed by its version (not `MQQBrowser` or `QQBrowser`, the QQ Browser app, which is a
 *   full browser);
 * - Weibo: `Weibo` (`__weibo__` on Android);
 * - Alipay: `AlipayClient`; DingTalk: `DingTalk`; Feishu/Lark: `Lark`;
 * - Douyin/TikTok: `aweme` or `BytedanceWebview`; Xiaohongshu: `xhsdiscover`; Baidu app: `baiduboxapp`;
 * - Facebook: `FBAN` or `FBAV`; Instagram: `Instagram`; LINE: `Line/`.
 * Tokens as the apps send them; the detection only changes what the page suggests, never the answers.
 */
const IN_APP =
  /MicroMessenger|wxwork|(?:^|[^A-Za-z])QQ\/\d|weibo|AlipayClient|DingTalk|\bLark\/|aweme|BytedanceWebview|xhsdiscover|baiduboxapp|FBAN|FBAV|Instagram|\bLine\//i;

/** Whether a user agent is an app's built-in browser, where downloading and printing do not work. */
export function isInAppBrowser(userAgent: string): boolean {
  return IN_APP.test(userAgent);
}
