/** The library's name and one-line description, used in titles, feeds and citations. */
export const SITE_NAME = '联系服务群众经验案例库';
export const SITE_DESCRIPTION = '党组织和党员干部联系服务群众的经验案例、心得体会与调研报告，按工作方法、领域、地区浏览。';
