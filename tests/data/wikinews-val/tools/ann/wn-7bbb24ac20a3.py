# Benin, Nigeria join African Union continental free trade bloc
ATTS = [
    A("Nigeria", "announced", "it planned to join the AfCFTA", "indirect", "Nigeria",
      ctx="Nigeria previously announced it planned"),
    A("AU trade and industry commissioner Albert Muchanga", "announced", "Benin was to join", "indirect",
      "Albert Muchanga"),
    A("The commissioner", "said",
      "We haven't yet agreed on rules of origin and tariff con[c]essions, but the framework we have is enough to start trading on July 1, 2020",
      "direct", "Albert Muchanga"),
    A("Niger's president Mahamadou Issoufou", "said",
      "Nigeria is Africa's biggest economy and most populous country. Without Nigeria the free trade zone would've been handicapped.",
      "direct", "Mahamadou Issoufou"),
    A("AU chairperson President Abdel Fattah el-Sisi of Egypt", "said",
      "The success of the AfCFTA will be the real test to achieve the economic growth that will turn our people's dream of welfare and quality of life into a reality",
      "direct", "Abdel Fattah el-Sisi"),
    # 'announced' + noun phrase is annotated (as the dev set does for 'announced new church law')
    A("the AU", "announced", "an electronic pan-African payment system", "indirect", "African Union"),
    # a comma before the closing mark drops the mark too (as dev w05-24)
    A("African Export–Import Bank president Okey Oramah", "said",
      "the use of third-party currencies \"costs Africa between $5 and $7 billion", "mixed", "Okey Oramah"),
    A("African Export–Import Bank president Okey Oramah", "saying",
      "Beyond that, it also reduces trade because Africa has a scarcity of foreign exchange.", "direct", "Okey Oramah"),
    A(None, "reportedly",
      "There are reportedly 1.3 billion people in the free trade area, with the combined economies of the countries worth US$3.4 trillion",
      "indirect", None),
    A("The International Monetary Fund", "said",
      "the AfCFTA might be for African countries comparable to the European and North American trade blocs as an \"economic game changer\"",
      "mixed", "International Monetary Fund"),
]
