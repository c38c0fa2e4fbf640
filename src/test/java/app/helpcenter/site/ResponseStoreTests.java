package app.helpcenter.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ResponseStoreTests {

	@TempDir
	Path parent;

	@Test
	void readsBackWhatEachThreadAppendedAcrossFiles() throws Exception {
		try (ResponseStore store = new ResponseStore(this.parent, 1000)) {
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<ResponseStore.Location>> locations = IntStream.range(0, 200)
				.mapToObj((i) -> pool.submit(() -> store.append(bytes(i))))
				.toList();
			pool.shutdown();
			List<ResponseStore.Location> kept = locations.stream().map(ResponseStoreTests::get).toList();
			store.seal();

			assertThat(kept.stream().mapToInt(ResponseStore.Location::segment).max().orElseThrow())
				.as("several files").isGreaterThan(1);
			assertThat(store.size()).isEqualTo(IntStream.range(0, 200).map((i) -> bytes(i).length).sum());
			for (int i = 0; i < 200; i++) {
				assertThat(array(store.read(kept.get(i)))).isEqualTo(bytes(i));
			}
		}
	}

	@Test
	void givesEachReaderABufferOfItsOwn() {
		try (ResponseStore store = new ResponseStore(this.parent)) {
			ResponseStore.Location location = store.append(bytes(7));
			store.seal();
			ByteBuffer first = store.read(location);
			first.get(new byte[3]);
			assertThat(array(store.read(location))).isEqualTo(bytes(7));
			assertThat(first.isReadOnly()).isTrue();
		}
	}

	@Test
	void refusesToAppendOnceSealedAndToReadBefore() {
		try (ResponseStore store = new ResponseStore(this.parent)) {
			ResponseStore.Location location = store.append(bytes(1));
			assertThatIllegalStateException().isThrownBy(() -> store.read(location));
			store.seal();
			assertThatIllegalStateException().isThrownBy(() -> store.append(bytes(2)));
		}
	}

	@Test
	@EnabledOnOs({ OS.LINUX, OS.MAC })
	void leavesNoFilesBehindOnceSealed() {
		try (ResponseStore store = new ResponseStore(this.parent)) {
			ResponseStore.Location location = store.append(bytes(3));
			assertThat(store.directory()).isDirectory();
			store.seal();
			assertThat(store.directory()).doesNotExist();
			assertThat(array(store.read(location))).isEqualTo(bytes(3));
		}
	}

	@Test
	void deletesItsFilesWhenClosedUnsealed() throws Exception {
		ResponseStore store = new ResponseStore(this.parent);
		store.append(bytes(4));
		store.close();
		try (var children = Files.list(this.parent)) {
			assertThat(children).isEmpty();
		}
	}

	private static byte[] bytes(int i) {
		return ("response " + i + " 回應 ").repeat(i % 13 + 1).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] array(ByteBuffer buffer) {
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
