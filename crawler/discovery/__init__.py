"""The crawler's pure core: the discovery of one organisation's product pages and their
routes, as plain state objects fed with stored pages (`OrgCrawl`: pages in, fetches out).

Nothing in this package imports Scrapy, Twisted or Playwright (tests/test_architecture.py);
the spider (crawler.spider) turns its fetches into requests and their responses back into
pages.
"""
