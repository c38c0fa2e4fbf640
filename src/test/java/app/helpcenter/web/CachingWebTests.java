package app.helpcenter.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.helpcenter.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article pages are prepared responses that any cache may keep: the same bytes for every reader, gzip on
 * request, strong ETags and 304s; assets have content-hashed names, are cached for a year and are gzipped at
 * build time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "helpcenter.web.max-age=10m",
		"helpcenter.web.stale-while-revalidate=2h" })
class CachingWebTests {

	private static final String SEED = "/zh-tw/partner-center/unable-to-sign-in";

	@LocalServerPort
	private int port;

	@Test
	void servesArticlesFromTheirPreparedResponses() {
		Document served = Jsoup.parse(new String(get(SEED).body(), StandardCharsets.UTF_8));
		assertThat(served.select(".article-body a[href*=contact-support-for-business-products]")).isNotEmpty();
	}

	/** An exact page URL is answered by the prepared-page valve; a variant of it by the controller. */
	@Test
	void answersAVariantOfAPageUrlWithTheSameResponse() {
		for (String[] request : List.of(new String[] { "Accept-Encoding", "gzip" }, new String[0])) {
			HttpResponse<byte[]> exact = get(SEED + "?view=bilingual", request);
			HttpResponse<byte[]> variant = get(SEED + "?view=bilingual&from=search", request);
			assertThat(exact.statusCode()).isEqualTo(200);
			assertThat(variant.statusCode()).isEqualTo(200);
			for (String header : List.of("ETag", "Cache-Control", "Vary", "Content-Type", "Content-Encoding",
					"Content-Length", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")) {
				assertThat(variant.headers().allValues(header)).as(header).isEqualTo(exact.headers().allValues(header));
			}
			assertThat(exact.headers().allValues("Content-Type")).containsExactly("text/html;charset=UTF-8");
			assertThat(variant.body()).isEqualTo(exact.body());
		}
	}

	@Test
	void keepsAConnectionOpenPastTomcatsDefaultOfAHundredRequests() {
		assertThat(RawHttp.answeredOnOneConnection(this.port, SEED, 150)).isEqualTo(150);
	}

	@Test
	void sendsCacheableHeadersWithArticlePages() {
		HttpResponse<byte[]> response = get(SEED);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=600, stale-while-revalidate=7200");
		assertThat(response.headers().firstValue("Vary")).contains("Accept-Encoding");
		assertThat(response.headers().firstValue("ETag")).hasValueSatisfying((etag) -> assertThat(etag).matches("\"[0-9a-f]{32}\""));
		assertThat(response.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void answersAMatchingIfNoneMatchWithNotModified() {
		String etag = get(SEED).headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> revalidated = get(SEED, "If-None-Match", etag);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("ETag")).contains(etag);
		assertThat(get(SEED, "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
		assertThat(get(SEED, "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
		assertThat(get(SEED, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
		assertThat(get("/en-us/partner-center/unable-to-sign-in", "If-None-Match", etag).statusCode()).isEqualTo(200);
	}

	@Test
	void sendsGzipWhenAskedWithItsOwnETag() throws IOException {
		HttpResponse<byte[]> plain = get(SEED);
		HttpResponse<byte[]> compressed = get(SEED, "Accept-Encoding", "gzip, deflate, br");
		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
		String gzipEtag = compressed.headers().firstValue("ETag").orElseThrow();
		assertThat(gzipEtag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow()).endsWith("-gzip\"");
		assertThat(get(SEED, "Accept-Encoding", "gzip", "If-None-Match", gzipEtag).statusCode()).isEqualTo(304);
		assertThat(get(SEED, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void answersHeadWithTheHeadersAlone() {
		HttpResponse<byte[]> head = new HttpPages(this.port).bytes("HEAD", SEED);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).isEqualTo(get(SEED).headers().firstValue("ETag"));
		assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(get(SEED).body().length);
	}

	@Test
	void givesEveryReaderTheSameBytes() {
		byte[] first = get(SEED).body();
		assertThat(get(SEED, "Cookie", "hc_view=en-us", "Accept-Language", "en-US").body()).isEqualTo(first);
		assertThat(get(SEED + "?view=bilingual").body()).isNotEqualTo(first);
	}

	@Test
	void servesAssetsUnderHashedNamesForAYear() {
		Document page = Jsoup.parse(new String(get(SEED).body(), StandardCharsets.UTF_8));
		String css = page.select("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/assets/site-[0-9a-f]{32}\\.css");
		HttpResponse<byte[]> asset = get(css);
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control")).contains("max-age=31536000, public, immutable");
		assertThat(new String(asset.body(), StandardCharsets.UTF_8)).contains(".article-bar");
		assertThat(get(page.select("script").attr("src")).statusCode()).isEqualTo(200);
	}

	@Test
	void sendsEveryAssetGzippedWhenAsked() throws IOException {
		Document page = Jsoup.parse(new String(get(SEED).body(), StandardCharsets.UTF_8));
		List<String> assets = new ArrayList<>(page.select("script[src]").eachAttr("src"));
		assets.addAll(page.select("link[rel=stylesheet]").eachAttr("href"));
		assertThat(assets).isNotEmpty();
		for (String asset : assets) {
			HttpResponse<byte[]> plain = get(asset);
			HttpResponse<byte[]> compressed = get(asset, "Accept-Encoding", "gzip, deflate, br");
			assertThat(plain.headers().firstValue("Content-Encoding")).as(asset).isEmpty();
			assertThat(compressed.headers().firstValue("Content-Encoding")).as(asset).contains("gzip");
			assertThat(compressed.headers().allValues("Vary")).as(asset).anyMatch((vary) -> vary.contains("Accept-Encoding"));
			assertThat(compressed.headers().firstValue("Cache-Control")).as(asset)
				.contains("max-age=31536000, public, immutable");
			// Text compresses to well under half; a script of a few lines only gets smaller.
			assertThat(compressed.body().length).as(asset)
				.isLessThan((plain.body().length > 2048) ? plain.body().length / 2 : plain.body().length);
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
				assertThat(in.readAllBytes()).as(asset).isEqualTo(plain.body());
			}
		}
	}

	private HttpResponse<byte[]> get(String path, String... headers) {
		return new HttpPages(this.port).bytes("GET", path, headers);
	}

}
