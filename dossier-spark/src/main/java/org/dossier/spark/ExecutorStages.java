package org.dossier.spark;

import java.util.HashMap;
import java.util.Map;
import org.dossier.pipeline.Stages;

/**
 * The loaded stages of this JVM, one {@link Stages} per set of options, loaded by the first task
 * that needs them and shared by every later task (and, in local mode, by the driver): the models
 * load once per executor, never per record or per task. Closed when the JVM exits.
 */
final class ExecutorStages {
    private static final Map<Stages.Options, Stages> LOADED = new HashMap<>();

    private ExecutorStages() {
    }

    static synchronized Stages get(Stages.Options options) {
        Stages stages = LOADED.get(options);
        if (stages == null) {
            if (LOADED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(ExecutorStages::closeAll, "dossier-stages-close"));
            }
            stages = Stages.load(options);
            LOADED.put(options, stages);
        }
        return stages;
    }

    private static synchronized void closeAll() {
        LOADED.values().forEach(Stages::close);
        LOADED.clear();
    }
}
