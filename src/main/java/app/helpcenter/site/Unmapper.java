package app.helpcenter.site;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;

/**
 * Unmaps a mapped file at once. Java unmaps a file only when the garbage collector frees its buffer, which for a
 * buffer that lived long can be much later; the JDK's {@code Unsafe.invokeCleaner} (what Lucene's
 * {@code MMapDirectory} uses on Java 17) does it now. The caller must know that nothing reads the buffer any
 * more: a read after unmapping crashes the process. Where the method is not available, unmapping is left to
 * the garbage collector.
 */
final class Unmapper {

	private final MethodHandle invokeCleaner;

	private Unmapper(MethodHandle invokeCleaner) {
		this.invokeCleaner = invokeCleaner;
	}

	static Unmapper find() {
		try {
			Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
			Field field = unsafeClass.getDeclaredField("theUnsafe");
			field.setAccessible(true);
			Object unsafe = field.get(null);
			MethodHandle handle = MethodHandles.lookup()
				.findVirtual(unsafeClass, "invokeCleaner", MethodType.methodType(void.class, ByteBuffer.class))
				.bindTo(unsafe);
			return new Unmapper(handle);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return new Unmapper(null);
		}
	}

	void unmap(MappedByteBuffer buffer) {
		if (this.invokeCleaner == null) {
			return;
		}
		try {
			this.invokeCleaner.invokeExact((ByteBuffer) buffer);
		}
		catch (Throwable ex) {
			// Left to the garbage collector.
		}
	}

}
