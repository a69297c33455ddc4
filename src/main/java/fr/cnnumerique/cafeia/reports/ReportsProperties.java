package fr.cnnumerique.cafeia.reports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the published annual reports are served.
 *
 * @param publishedCacheTime how long each node keeps the figures of a published report
 * (its first page and every table page read them) before computing them again; a
 * published year is closed, so its figures barely move; zero computes them on every view
 */
@ConfigurationProperties("cafeia.reports")
record ReportsProperties(@DefaultValue("5m") Duration publishedCacheTime) {

}
