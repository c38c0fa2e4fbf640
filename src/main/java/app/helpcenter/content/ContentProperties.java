package app.helpcenter.content;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where the content tree is, how much of it one file may be, and whether the site follows its changes.
 *
 * @param root folder holding one folder per locale ({@code zh-tw/}, ...), each the root of a docs repository
 * @param maxFileSize largest Markdown file that is loaded; larger files are reported and skipped
 * @param renderTimeout longest one article may take to render; slower ones are reported and skipped
 * @param watch whether the site follows changes to the content while it runs
 * @param watchDelay how long the content must be quiet after a change before the site reloads (editors write a
 * temporary file, then rename it)
 * @param sourceLocale where pages in the source language of the translations are served, and the folder that may
 * hold its articles ({@code en-us}); the other locale folders are translations
 */
@Validated
@ConfigurationProperties("helpcenter.content")
public record ContentProperties(@NotNull @DefaultValue("content") Path root,
		@NotNull @PositiveSize @DefaultValue("1MB") DataSize maxFileSize,
		@NotNull @DurationMin(millis = 1) @DefaultValue("10s") Duration renderTimeout,
		@DefaultValue("true") boolean watch, @NotNull @DurationMin(millis = 1) @DefaultValue("25ms") Duration watchDelay,
		@NotNull @Pattern(regexp = "[a-z]{2,3}-[a-z0-9]{2,8}", message = "must be a locale folder name such as en-us")
		@DefaultValue(DEFAULT_SOURCE_LOCALE) String sourceLocale) {

	/** The source language of Microsoft's localized docs repositories: English, served under {@code en-us}. */
	public static final String DEFAULT_SOURCE_LOCALE = "en-us";

}
