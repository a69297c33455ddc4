package fr.cnnumerique.cafeia.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A small in-process cache of values that may be a little stale: each value is kept for a
 * fixed time after it was computed, and at most a given number of values are kept (the
 * least recently used goes first). Requests that miss the same key together wait for one
 * computation instead of each running it. A computation that fails is not kept. Nodes
 * stay stateless: each node keeps its own copy for a short time.
 *
 * @param <K> keys, with {@code equals} and {@code hashCode}
 * @param <V> values, immutable
 */
public final class ExpiringCache<K, V> {

	private final Duration timeToLive;

	private final int maxEntries;

	private final Clock clock;

	private final Map<K, Entry<V>> entries;

	/**
	 * A cache on the system clock.
	 * @param timeToLive how long a value is served after it was computed; zero keeps
	 * nothing
	 * @param maxEntries the most values kept, at least 1
	 */
	public ExpiringCache(Duration timeToLive, int maxEntries) {
		this(timeToLive, maxEntries, Clock.systemUTC());
	}

	/**
	 * A cache on a given clock.
	 * @param timeToLive how long a value is served after it was computed; zero keeps
	 * nothing
	 * @param maxEntries the most values kept, at least 1
	 * @param clock the clock that dates values
	 */
	public ExpiringCache(Duration timeToLive, int maxEntries, Clock clock) {
		if (timeToLive.isNegative() || maxEntries < 1) {
			throw new IllegalArgumentException("Time to live must be positive or zero, entries at least 1");
		}
		this.timeToLive = timeToLive;
		this.maxEntries = maxEntries;
		this.clock = clock;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
				return size() > ExpiringCache.this.maxEntries;
			}

		};
	}

	/**
	 * The value of a key: the one kept if it is younger than the time to live, otherwise
	 * a new one computed by {@code compute} (once, however many callers ask at the same
	 * time) and kept.
	 * @param key the key
	 * @param compute computes the value; its exceptions reach every caller waiting for it
	 * @return the value
	 */
	public V get(K key, Supplier<V> compute) {
		if (this.timeToLive.isZero()) {
			return compute.get();
		}
		CompletableFuture<V> future;
		boolean mine = false;
		synchronized (this.entries) {
			Instant now = this.clock.instant();
			Entry<V> entry = this.entries.get(key);
			if (entry == null || (entry.future().isDone() && !now.isBefore(entry.expiresAt()))) {
				entry = new Entry<>(new CompletableFuture<>(), now.plus(this.timeToLive));
				this.entries.put(key, entry);
				mine = true;
			}
			future = entry.future();
		}
		if (mine) {
			try {
				V value = compute.get();
				future.complete(value);
				return value;
			}
			catch (RuntimeException | Error ex) {
				synchronized (this.entries) {
					this.entries.remove(key, new Entry<>(future, null));
				}
				future.completeExceptionally(ex);
				throw ex;
			}
		}
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** Forgets every value. */
	public void clear() {
		synchronized (this.entries) {
			this.entries.clear();
		}
	}

	/**
	 * How many values are kept, expired ones included until they are replaced or pushed
	 * out.
	 * @return the number of entries
	 */
	public int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

	/** Compared by future only, so that a failed computation removes its own entry. */
	private record Entry<V>(CompletableFuture<V> future, Instant expiresAt) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Entry<?> entry && entry.future == this.future;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.future);
		}

	}

}
