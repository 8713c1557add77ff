package fr.heurecivique.localstack.infra;

import java.nio.file.Path;

/** Runs a persistent embedded MongoDB server in its own JVM, for the durability test to kill. */
public final class MongoServerMain {

    private MongoServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongo.persistent(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
