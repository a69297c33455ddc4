package fr.cnnumerique.cafeia.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ExpiringCacheTests {

	final MovingClock clock = new MovingClock();

	final AtomicInteger computations = new AtomicInteger();

	@Test
	void servesTheSameValueUntilItExpires() {
		ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ofMinutes(1), 10, this.clock);
		assertThat(cache.get("paris", this::compute)).isEqualTo(1);
		this.clock.move(Duration.ofSeconds(59));
		assertThat(cache.get("paris", this::compute)).isEqualTo(1);
		this.clock.move(Duration.ofSeconds(1));
		assertThat(cache.get("paris", this::compute)).isEqualTo(2);
	}

	@Test
	void keepsOneValuePerKey() {
		ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ofMinutes(1), 10, this.clock);
		assertThat(cache.get("paris", this::compute)).isEqualTo(1);
		assertThat(cache.get("lyon", this::compute)).isEqualTo(2);
		assertThat(cache.get("paris", this::compute)).isEqualTo(1);
	}

	@Test
	void dropsTheLeastRecentlyUsedValueBeyondItsSize() {
		ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ofMinutes(1), 2, this.clock);
		cache.get("paris", this::compute);
		cache.get("lyon", this::compute);
		cache.get("paris", this::compute);
		cache.get("brest", this::compute);
		assertThat(cache.size()).isEqualTo(2);
		assertThat(cache.get("paris", this::compute)).isEqualTo(1);
		assertThat(cache.get("lyon", this::compute)).isEqualTo(4);
	}

	@Test
	void keepsNothingWithAZeroTimeToLive() {
		ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ZERO, 2, this.clock);
		assertThat(cache.get("paris", this::compute)).isEqualTo(1);
		assertThat(cache.get("paris", this::compute)).isEqualTo(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void keepsNoFailure() {
		ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ofMinutes(1), 2, this.clock);
		assertThatIllegalStateException().isThrownBy(() -> cache.get("paris", () -> {
			throw new IllegalStateException("database down");
		}));
		assertThat(cache.get("paris", this::compute)).isEqualTo(1);
	}

	@Test
	void computesOnceForCallersThatMissTogether() throws Exception {
		ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ofMinutes(1), 2, this.clock);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			Future<Integer> first = threads.submit(() -> cache.get("paris", () -> {
				started.countDown();
				await(release);
				return compute();
			}));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			Future<Integer> second = threads.submit(() -> cache.get("paris", this::compute));
			Future<Integer> third = threads.submit(() -> cache.get("paris", this::compute));
			release.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(this.computations).hasValue(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private int compute() {
		return this.computations.incrementAndGet();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-11-29T12:00:00Z");

		void move(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
