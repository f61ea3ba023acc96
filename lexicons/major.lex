# 重大敏感或涉及全县的事项（第九条）：草稿由主办单位主要领导审核签发，留言上报请示。
@category major
@draft    principal_leader
@comment  escalate
@severity high
@article  第九条
@message  涉及重大敏感或全县性事项（“{term}”），须由主要领导审核签发
@comment_message 留言涉及重大敏感事项（“{term}”），须上报请示后处理

人事任免
干部任免
任前公示
人事调整
重大决策
重大事项
民族宗教
宗教事务
宗教活动
宗教活动场所
宗教场所
宗教仪式
宗教团体
法会
佛教协会
伊斯兰教协会
基督教协会
天主教爱国会
任免
决定任命 | boundary=substring
拟任命 | boundary=substring
任命通知
免职决定
# 第二十轮：县里任免的行文（任命某某为县某局局长、免去某某的县某局局长职务）；
# 村、乡、学校的任职是所在单位的事，不列
任命~为县 | boundary=substring
免去~县~职务 | boundary=substring
# 不写“任命”的任免行文（杨丽华同志任县发展和改革局局长、某某同志不再担任县某局局长职务）
同志任县 | boundary=substring
同志不再担任县 | boundary=substring
民族关系
边境管控
全县性

# 允许词：村组自治中的“重大事项”（四议两公开）不是全县性事项
!村级重大事项
!组级重大事项
!村组重大事项
!村内重大事项
!村务重大事项
