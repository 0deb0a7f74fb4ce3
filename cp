/work/wt/tariff/app/target/classes:/work/wt/tariff/codec/target/classes:/info/picocli/picocli/4.7.7/picocli-4.7.7.jar::::/org/yaml/snakeyaml/2.5/snakeyaml-2.5.jar
