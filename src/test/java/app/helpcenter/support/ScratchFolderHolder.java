package app.helpcenter.support;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import app.helpcenter.scratch.ScratchFolder;

/**
 * A process that makes a scratch folder and holds it until it is killed: what the help center leaves when it
 * is killed while it prepares its responses or its search index.
 */
public final class ScratchFolderHolder {

	private ScratchFolderHolder() {
	}

	public static void main(String[] args) throws InterruptedException {
		ScratchFolder folder = ScratchFolder.create(Path.of(args[0]), args[1]);
		System.out.println("holding " + folder.path());
		System.out.flush();
		new CountDownLatch(1).await();
	}

}
