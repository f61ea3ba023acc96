# 县级决定（第九条：重要信息由分管领导审核，并送县领导审核）。供 leader 检查使用。
@category county_decision
@role     reference
@draft    note
@comment  note
@article  第九条
@boundary substring
@message  县级决定“{term}”

县委、县政府决定 | label=县委、县政府
县委决定 | label=县委
县政府决定 | label=县政府
县人民政府决定 | label=县政府
县委常委会研究决定 | label=县委
县政府常务会议研究决定 | label=县政府
常务会议研究同意 | label=县政府
常务会议审议通过 | label=县政府
县委、县政府研究决定 | label=县委、县政府
县委研究决定 | label=县委
县政府研究决定 | label=县政府
县人民政府研究决定 | label=县政府
县委常委会决定 | label=县委
# 县委常委会（议）研究、讨论的事项：县委这一机构，不是某位常委（县委常委会议专题研究了教师公寓建设问题）
县委常委会 | label=县委
县委常委会议 | label=县委
# 会议的届次写在中间（县人民政府第12次常务会议决定）
常务会议决定 | label=县政府
常务会议研究决定 | label=县政府
常委会议决定 | label=县委
# 经县级批准（经县人民政府同意、经维西县人民政府同意，现将……通知如下）
县人民政府同意 | label=县政府
县政府同意 | label=县政府
县委同意 | label=县委
县委、县政府同意 | label=县委、县政府
